/// A TOML file that does not parse: the line (from 1) and what is wrong there.
public struct TOMLError: Error, Hashable, Sendable {
  public var line: Int
  public var reason: String

  public init(line: Int, reason: String) { self.line = line; self.reason = reason }
}
