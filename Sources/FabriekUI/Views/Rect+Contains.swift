extension Rect {
  /// Whether the cell at column `px`, row `py` lies inside the rectangle.
  func contains(x px: Int, y py: Int) -> Bool {
    px >= x && px < maxX && py >= y && py < maxY
  }
}
