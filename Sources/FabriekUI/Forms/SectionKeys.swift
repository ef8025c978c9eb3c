/// The keys of the fields of one repeated section of a form — one financing application,
/// one indicator: `financing.3.funder` for the section with slot 3, `financing.new.funder`
/// for the empty section that adds one.
struct SectionKeys: Hashable {
  let prefix: String
  /// The application's id, the indicator's index; nil for the new section.
  let slot: Int?

  init(_ prefix: String, slot: Int?) {
    self.prefix = prefix
    self.slot = slot
  }

  /// The section a field belongs to, when `key` is its `field` field (`financing.3.kind`).
  init?(_ prefix: String, parsing key: String, field: String) {
    let parts = key.split(separator: ".")
    guard parts.count == 3, parts[0] == prefix, parts[2] == field else { return nil }
    if parts[1] == "new" {
      slot = nil
    } else if let slot = Int(parts[1]) {
      self.slot = slot
    } else {
      return nil
    }
    self.prefix = prefix
  }

  func key(_ name: String) -> String { "\(prefix).\(slot.map(String.init) ?? "new").\(name)" }
}
