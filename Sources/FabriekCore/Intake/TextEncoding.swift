/// The character encodings an import reads. UTF-8 is the default; a file in another
/// encoding is refused until the user names it with `--encoding`.
public enum TextEncoding: String, Hashable, Sendable, CaseIterable {
  case utf8 = "utf-8"
  case windows1252 = "windows-1252"
  case iso88591 = "iso-8859-1"

  /// Parses `utf-8`, `UTF8`, `windows-1252`, `cp1252`, `iso-8859-1`, `latin1`, … (case and punctuation ignored).
  public init?(name: String) {
    let key = String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    switch key {
    case "utf8": self = .utf8
    case "windows1252", "cp1252", "win1252", "ansi": self = .windows1252
    case "iso88591", "latin1", "l1", "iso885915", "latin9": self = .iso88591
    default: return nil
    }
  }

  /// The names `--encoding` accepts, for messages.
  public static let names = allCases.map(\.rawValue).joined(separator: ", ")

  /// The text of a file: a byte-order mark is dropped (UTF-16 files, which start with one, are
  /// read as UTF-16 whatever the encoding asked); bytes that are not valid UTF-8 are refused
  /// with their offset and line.
  public func decode(_ bytes: [UInt8]) throws(ImportError) -> String {
    if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
      return try Self.decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
    }
    switch self {
    case .utf8:
      let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
      if let text = String(validating: body, as: UTF8.self) { return text }
      throw Self.firstInvalidUTF8(in: bytes)
    case .windows1252:
      var scalars = String.UnicodeScalarView()
      scalars.reserveCapacity(bytes.count)
      for b in bytes { scalars.append(Self.windows1252Scalar(b)) }
      return String(scalars)
    case .iso88591:
      var scalars = String.UnicodeScalarView()
      scalars.reserveCapacity(bytes.count)
      for b in bytes { scalars.append(Unicode.Scalar(b)) }
      return String(scalars)
    }
  }

  /// Where the first byte that is not UTF-8 is, as the error that names it.
  static func firstInvalidUTF8(in bytes: [UInt8]) -> ImportError {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    var line = 1
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        if encoded.count == 1, encoded.first == UInt8(ascii: "\n") { line += 1 }
        offset += encoded.count
      case .error:
        return .notUTF8(offset: offset, byte: bytes[offset], line: line)
      case .emptyInput:
        return .notUTF8(offset: bytes.count, byte: 0, line: line)
      }
    }
  }

  static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) throws(ImportError) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = 2
    while i + 1 < bytes.count {
      let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
      units.append(littleEndian ? a | b << 8 : a << 8 | b)
      i += 2
    }
    guard let text = String(validating: units, as: UTF16.self) else { throw .invalidUTF16 }
    return text
  }
}
