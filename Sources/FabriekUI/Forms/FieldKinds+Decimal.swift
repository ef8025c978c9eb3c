import FabriekCore

/// The decimal number field kind: indicators' baseline, target and current value.
extension FieldKinds {
  /// `12`, `12.5`, `12,5`, `-3`: a decimal comma or point (staff write both); nil for an empty
  /// field. No thousands separators, exponents, `inf` or `nan`.
  public static func decimal(_ text: String) throws(FormProblem) -> Double? {
    let trimmed = text.trimmingCharactersInWhitespace()
    if trimmed.isEmpty { return nil }
    var digits = Substring(trimmed)
    if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
    let parts = digits.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," }
    guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
      parts.allSatisfy({ $0.count <= 15 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      parts.count == 1 || !parts[1].isEmpty,
      let value = Double(String(trimmed.map { $0 == "," ? "." : $0 }))
    else { throw FormProblem(reason: UIText.notADecimal(trimmed)) }
    return value
  }

  /// A value as the field shows it when the form opens: `12`, `12.5`; reads back as the same value.
  static func decimalText(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    let text = String(value)
    guard text.contains("e"), abs(value) < 1e12 else { return text }
    // Very small or very large: six decimals at most, written out.
    let millionths = Int64((abs(value) * 1_000_000).rounded())
    var fraction = String(millionths % 1_000_000)
    fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
    while fraction.last == "0" { fraction.removeLast() }
    let whole = (value < 0 && millionths > 0 ? "-" : "") + String(millionths / 1_000_000)
    return fraction.isEmpty ? whole : whole + "." + fraction
  }
}
