extension PersonErasure {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.key("at")
      w.timestamp(at)
      w.key("by")
      w.string(by)
      w.key("person")
      w.int(person.rawValue)
      w.key("reason")
      w.string(reason)
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
