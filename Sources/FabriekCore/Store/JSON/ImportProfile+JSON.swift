/// An import profile in the snapshot: keys in sorted order, a column kept in the note without `field`.
extension ImportProfile: JSONValue {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.entry("columns", columns)
      w.entry("name", name)
      w.entry("values", values)
    }
  }

  init(json r: inout JSONReader) throws {
    self.init(name: "")
    var name: String?
    try r.object { r, k in
      switch k {
      case "name": name = try r.string()
      case "columns": columns = try r.records()
      case "values": values = try r.records()
      default: try r.skip()
      }
    }
    guard let name else { throw r.failure(tr("json.profileNoName")) }
    self.name = name
  }
}

extension ImportProfile.Column: JSONTable {
  static let blank = ImportProfile.Column(header: "", field: nil)
  static let fields: [JSONField<Self>] = [.init("field", \.field), .init("header", \.header)]
}

extension ImportProfile.Value: JSONTable {
  static let blank = ImportProfile.Value(field: .ignore, answer: "", option: "")
  static let fields: [JSONField<Self>] = [
    .init("answer", \.answer), .init("field", \.field), .init("option", \.option),
  ]
}
