/// The colour of an xterm palette entry, for mapping 256 colours down to 16.
struct RGB: Hashable, Sendable {
  var red: Int
  var green: Int
  var blue: Int

  /// xterm's default values for the sixteen basic colours.
  static let basic: [RGB] = [
    RGB(red: 0, green: 0, blue: 0), RGB(red: 205, green: 0, blue: 0), RGB(red: 0, green: 205, blue: 0),
    RGB(red: 205, green: 205, blue: 0), RGB(red: 0, green: 0, blue: 238), RGB(red: 205, green: 0, blue: 205),
    RGB(red: 0, green: 205, blue: 205), RGB(red: 229, green: 229, blue: 229), RGB(red: 127, green: 127, blue: 127),
    RGB(red: 255, green: 0, blue: 0), RGB(red: 0, green: 255, blue: 0), RGB(red: 255, green: 255, blue: 0),
    RGB(red: 92, green: 92, blue: 255), RGB(red: 255, green: 0, blue: 255), RGB(red: 0, green: 255, blue: 255),
    RGB(red: 255, green: 255, blue: 255),
  ]

  /// The colour of palette entry `index` (0–255).
  static func of(index: Int) -> RGB {
    if index < 16 { return basic[max(0, index)] }
    if index >= 232 {
      let level = 8 + 10 * (index - 232)
      return RGB(red: level, green: level, blue: level)
    }
    let cube = index - 16
    let levels = [0, 95, 135, 175, 215, 255]
    return RGB(red: levels[cube / 36], green: levels[cube / 6 % 6], blue: levels[cube % 6])
  }

  /// The palette index in `candidates` closest to `color`.
  static func nearest(to color: RGB, among candidates: Range<Int>) -> Int {
    var best = candidates.lowerBound
    var bestDistance = Int.max
    for index in candidates {
      let distance = color.distance(to: of(index: index))
      if distance < bestDistance {
        best = index
        bestDistance = distance
      }
    }
    return best
  }

  /// Squared distance, weighted roughly by how the eye sees red, green and blue.
  func distance(to other: RGB) -> Int {
    let red = self.red - other.red
    let green = self.green - other.green
    let blue = self.blue - other.blue
    return 3 * red * red + 4 * green * green + 2 * blue * blue
  }
}
