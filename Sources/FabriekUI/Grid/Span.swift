/// Text with the style slot to draw it in; a line of a view is a list of spans.
public struct Span: Hashable, Sendable {
  public var text: String
  public var style: Style

  public init(_ text: String, style: Style = .normal) {
    self.text = text
    self.style = style
  }
}
