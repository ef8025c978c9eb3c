/// An import profile in the snapshot: keys in sorted order, a column kept in the note without `field`.
extension ImportProfile {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.key("columns")
      w.array { w in
        for c in columns {
          w.object { w in
            if let f = c.field {
              w.key("field")
              w.choice(f)
            }
            w.key("header")
            w.string(c.header)
          }
        }
      }
      w.key("name")
      w.string(name)
      w.key("values")
      w.array { w in
        for v in values {
          w.object { w in
            w.key("answer")
            w.string(v.answer)
            w.key("field")
            w.choice(v.field)
            w.key("option")
            w.string(v.option)
          }
        }
      }
    }
  }

  init(json r: inout JSONReader) throws {
    self.init(name: "")
    var name: String?
    try r.object { r, k in
      switch k {
      case "name": name = try r.string()
      case "columns":
        try r.array { r in
          var c = Column(header: "", field: nil)
          try r.object { r, f in
            switch f {
            case "header": c.header = try r.string()
            case "field": c.field = try r.choice(ImportField.self)
            default: try r.skip()
            }
          }
          columns.append(c)
        }
      case "values":
        try r.array { r in
          var v = Value(field: .ignore, answer: "", option: "")
          try r.object { r, f in
            switch f {
            case "answer": v.answer = try r.string()
            case "field": v.field = try r.choice(ImportField.self)
            case "option": v.option = try r.string()
            default: try r.skip()
            }
          }
          values.append(v)
        }
      default: try r.skip()
      }
    }
    guard let name else { throw r.failure(tr("json.profileNoName")) }
    self.name = name
  }
}
