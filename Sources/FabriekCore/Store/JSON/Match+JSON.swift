/// Matches and the suggestion weights in the snapshot: keys in sorted order, an absent optional
/// left out, as the other records are written.
extension Match {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.entry("endReason", endReason) { w, e in
        w.object { w in
          w.key("kind")
          w.choice(e.kind)
          w.key("text")
          w.string(e.text)
        }
      }
      if !hours.isEmpty {
        w.key("hours")
        w.array { w in
          for e in hours {
            w.object { w in
              w.key("day")
              w.day(e.day)
              w.key("id")
              w.int(e.id)
              w.key("minutes")
              w.int(e.minutes)
              w.entry("note", nonEmpty: e.note)
            }
          }
        }
      }
      w.key("id")
      w.int(id.rawValue)
      w.key("idea")
      w.int(idea.rawValue)
      w.key("kind")
      w.choice(kind)
      w.entry("overrideReason", overrideReason) { $0.string($1) }
      w.key("person")
      w.int(person.rawValue)
      w.key("proposedAt")
      w.timestamp(proposedAt)
      w.key("proposedBy")
      w.string(proposedBy)
      w.key("state")
      w.choice(state)
      if !transitions.isEmpty {
        w.key("transitions")
        w.array { w in
          for t in transitions {
            w.object { w in
              w.key("at")
              w.timestamp(t.at)
              w.key("by")
              w.string(t.by)
              w.key("state")
              w.choice(t.state)
            }
          }
        }
      }
    }
  }

  init(json r: inout JSONReader) throws {
    self.init(id: MatchID(0), idea: IdeaID(0), person: PersonID(0), proposedBy: "", proposedAt: Timestamp(seconds: 0))
    try r.object(Key.self, required: [.id, .idea, .person, .state, .proposedAt], in: "match.json.record") { r, k in
      switch k {
      case .id: id = MatchID(try r.int())
      case .idea: idea = IdeaID(try r.int())
      case .person: person = PersonID(try r.int())
      case .kind: kind = try r.choice(MatchKind.self)
      case .state: state = try r.choice(MatchState.self)
      case .proposedBy: proposedBy = try r.string()
      case .proposedAt: proposedAt = try r.timestamp()
      case .overrideReason: overrideReason = r.isNull() ? nil : try r.string()
      case .endReason:
        if r.isNull() { break }
        var e = MatchEndReason(.other)
        try r.object { r, f in
          switch f {
          case "kind": e.kind = try r.choice(MatchEndReason.Kind.self)
          case "text": e.text = try r.string()
          default: try r.skip()
          }
        }
        endReason = e
      case .hours:
        hours = try r.list { r in
          var e = HoursEntry(id: 0, day: Day(daysSinceEpoch: 0), minutes: 0)
          try r.object { r, f in
            switch f {
            case "id": e.id = try r.int()
            case "day": e.day = try r.day()
            case "minutes": e.minutes = try r.int()
            case "note": e.note = try r.string()
            default: try r.skip()
            }
          }
          return e
        }
      case .transitions:
        transitions = try r.list { r in
          var t = MatchTransition(.proposed, at: Timestamp(seconds: 0), by: "")
          try r.object { r, f in
            switch f {
            case "state": t.state = try r.choice(MatchState.self)
            case "at": t.at = try r.timestamp()
            case "by": t.by = try r.string()
            default: try r.skip()
            }
          }
          return t
        }
      default: try r.skip()
      }
    }
  }

  enum Key: Int, JSONKeys {
    case endReason, hours, id, idea, kind, overrideReason, person, proposedAt, proposedBy, state, transitions
    static let table = KeyTable(Key.self)
  }
}

extension MatchWeights {
  func write(to w: inout JSONWriter) {
    w.object { w in
      w.key("capacity")
      w.double(capacity)
      w.key("expertise")
      w.double(expertise)
      w.key("hours")
      w.double(hours)
      w.key("language")
      w.double(language)
      w.key("outcomes")
      w.double(outcomes)
      w.key("region")
      w.double(region)
      w.key("themesCounted")
      w.int(themesCounted)
    }
  }

  /// A key left out keeps its default.
  init(json r: inout JSONReader) throws {
    self = .default
    try r.object { r, k in
      switch k {
      case "capacity": capacity = try r.double()
      case "expertise": expertise = try r.double()
      case "hours": hours = try r.double()
      case "language": language = try r.double()
      case "outcomes": outcomes = try r.double()
      case "region": region = try r.double()
      case "themesCounted": themesCounted = try r.int()
      default: try r.skip()
      }
    }
  }
}
