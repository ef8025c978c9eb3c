extension Rect {
  /// Whether the cell at column `px`, row `py` lies inside the rectangle.
  func contains(x px: Int, y py: Int) -> Bool {
    px >= x && px < maxX && py >= y && py < maxY
  }
}

extension Rect {
  /// Whether `other` lies wholly inside this rect.
  func contains(_ other: Rect) -> Bool {
    other.x >= x && other.y >= y && other.maxX <= maxX && other.maxY <= maxY
  }
}
