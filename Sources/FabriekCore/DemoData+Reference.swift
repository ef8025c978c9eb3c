extension DemoData {
  /// The moment generated boards are "now" for, so that the same seed gives the same board
  /// on any day: 1 November 2026, 09:00 UTC.
  public static let referenceTime = Timestamp(iso: "2026-11-01T09:00:00Z") ?? Timestamp(seconds: 1_793_523_600)
}
