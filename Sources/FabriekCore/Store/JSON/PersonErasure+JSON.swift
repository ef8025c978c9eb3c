extension PersonErasure: JSONValue {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.entry("at", at)
      w.entry("by", by)
      w.entry("person", person)
      w.entry("reason", reason)
    }
  }

  init(json r: inout JSONReader) throws {
    var at: Timestamp?
    var by = ""
    var person: Int?
    var reason = ""
    try r.object { r, k in
      switch k {
      case "at": at = try r.timestamp()
      case "by": by = try r.string()
      case "person": person = try r.int()
      case "reason": reason = try r.string()
      default: try r.skip()
      }
    }
    guard let at, let person else { throw r.failure("an erasure lacks its person or date") }
    self.init(person: PersonID(person), at: at, by: by, reason: reason)
  }
}
