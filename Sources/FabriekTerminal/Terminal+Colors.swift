import CNcursesw
import FabriekUI

/// The ncurses attributes and colour pair for each style slot of the current palette.
struct StyleTable {
  struct Entry {
    var attributes: attr_t
    var pair: Int32
  }

  var theme: Theme?
  var palette: Palette?
  /// Indexed by `Style.slot`: built once per palette, read for every cell drawn.
  var entries: [Entry] = Array(repeating: Entry(attributes: 0, pair: 0), count: Style.allCases.count)
  var defaultColorsAvailable = true
  /// Bumped whenever the entries change, so the next frame is drawn whole.
  var generation = 0

  @inline(__always) subscript(style: Style) -> Entry { entries[style.slot] }
}

extension Terminal {
  /// Starts colour and decides the depth: none when NO_COLOR is set, the terminal has no colour,
  /// or it has too few colour pairs for one pair per style slot.
  /// Also says whether colour -1 (the terminal's own colours) can be used.
  static func setUpColors(environment: [String: String]) -> (depth: ColorDepth, defaultColors: Bool) {
    let noColor = ColorDepth.noColorRequested(in: environment)
    guard !noColor, cnc_has_colors() == 1 else { return (.none, true) }
    let started = cnc_start_colors()
    guard started >= 0, Int(cnc_color_pairs()) > Style.allCases.count else { return (.none, true) }
    return (ColorDepth(colors: Int(cnc_colors()), hasColors: true, noColor: false), started == 1)
  }

  /// Makes `theme` the current colours, re-initialising the pairs only when they change.
  func apply(_ theme: Theme) {
    guard theme != styleTable.theme else { return }
    styleTable.theme = theme
    let palette = theme.palette(for: colorDepth)
    guard palette != styleTable.palette else { return }
    var entries = styleTable.entries
    for (offset, style) in Style.allCases.enumerated() {
      let terminalStyle = palette[style]
      let attributes = terminalStyle.attributes
      let attr = cnc_attributes(
        attributes.contains(.bold) ? 1 : 0, attributes.contains(.underline) ? 1 : 0,
        attributes.contains(.reverse) ? 1 : 0, attributes.contains(.dim) ? 1 : 0)
      var pair: Int32 = 0
      if colorDepth != .none {
        pair = Int32(offset + 1)
        let foreground = color(terminalStyle.foreground, isBackground: false)
        cnc_init_pair(pair, foreground, color(terminalStyle.background, isBackground: true))
      }
      entries[style.slot] = StyleTable.Entry(attributes: attr, pair: pair)
    }
    styleTable.palette = palette
    styleTable.entries = entries
    styleTable.generation += 1
  }

  /// A palette colour for init_pair; -1 (terminal default) becomes white on black where the
  /// terminal cannot use its defaults.
  func color(_ index: Int, isBackground: Bool) -> Int32 {
    if index >= 0 { return Int32(index) }
    return styleTable.defaultColorsAvailable ? -1 : (isBackground ? 0 : 7)
  }
}
