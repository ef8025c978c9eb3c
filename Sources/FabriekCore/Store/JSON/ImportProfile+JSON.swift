/// An import profile in the snapshot: keys in sorted order, a column kept in the note without `field`.
extension ImportProfile: JSONTable {
  static let blank = ImportProfile(name: "")
  static let fields = JSONFields<Self>(
    "", required: ["name"], lacks: { tr("json.profileNoName") },
    [.init("columns", \.columns), .init("name", \.name), .init("values", \.values)])
}

extension ImportProfile.Column: JSONTable {
  static let blank = ImportProfile.Column(header: "", field: nil)
  static let fields: JSONFields<Self> = [.init("field", \.field), .init("header", \.header)]
}

extension ImportProfile.Value: JSONTable {
  static let blank = ImportProfile.Value(field: .ignore, answer: "", option: "")
  static let fields: JSONFields<Self> = [
    .init("answer", \.answer), .init("field", \.field), .init("option", \.option),
  ]
}
