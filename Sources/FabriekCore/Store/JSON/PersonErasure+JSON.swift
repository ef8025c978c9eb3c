extension PersonErasure: JSONTable {
  static let blank = PersonErasure(person: PersonID(0), at: Timestamp(seconds: 0), by: "", reason: "")
  static let fields = JSONFields<Self>(
    "", required: ["at", "person"], lacks: { tr("json.erasure.lacks") },
    [.init("at", \.at), .init("by", \.by), .init("person", \.person), .init("reason", \.reason)])
}
