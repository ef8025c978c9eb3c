import Foundation

/// Reads board files of older formats into today's `Board`.
///
/// Version 1 is today's file with an exit plan's criteria as one text
/// (`"criteria":"Break-even\nOwn vzw"`), which become a checklist, one open criterion per line.
///
/// Version 0 was the prototype's file: plain JSON, no checksum, columns by title holding
/// cards, tags as one comma-separated string and notes as bare strings:
///
///     {"version":0,"board":"Fabriek","columns":[{"title":"Incoming","cards":[
///       {"number":1,"title":"…","pitch":"…","tags":"a, b","created":"2025-03-01","notes":["…"]}]}]}
public enum Migration {
  struct V0: Decodable {
    struct Column: Decodable {
      var title: String
      var cards: [Card]
    }
    struct Card: Decodable {
      var number: Int
      var title: String
      var pitch: String?
      var tags: String?
      var created: String?
      var notes: [String]?
    }
    var version: Int
    var board: String
    var columns: [Column]
  }

  /// The version a file without the current header claims, if it is JSON with a `version`.
  static func legacyVersion(_ bytes: [UInt8]) -> Int? {
    guard bytes.first == UInt8(ascii: "{"),
      let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
      let v = object["version"] as? Int
    else { return nil }
    return v
  }

  static func migrate(_ bytes: [UInt8], from version: Int) throws -> (board: Board, journalSeq: Int) {
    switch version {
    case 0: return (try fromV0(bytes), 0)
    // Version 1 kept an exit plan's criteria as one text; today's reader takes it one per line.
    case 1: return try SnapshotCodec.read(FileBytes(copying: bytes))
    default: throw StoreError.notABoard(path: "")
    }
  }

  static func fromV0(_ bytes: [UInt8]) throws -> Board {
    let old = try JSONDecoder().decode(V0.self, from: Data(bytes))
    var board = Board(name: old.board)
    let migrated = Timestamp(seconds: 0)
    var ops: [BoardOperation] = []
    for column in old.columns {
      guard let stage = board.stage(named: column.title) else {
        throw StoreError.damaged(path: "", detail: tr("migration.noStage", ["column": column.title]))
      }
      for card in column.cards {
        let created =
          card.created.flatMap(Day.init(iso:)).map { Timestamp(seconds: Int64($0.daysSinceEpoch) * 86_400) } ?? migrated
        var idea = Idea(
          id: IdeaID(card.number), title: card.title, stage: stage.id, created: created, pitch: card.pitch ?? "")
        idea.tags = (card.tags ?? "").split(separator: ",").map { String($0).trimmingCharactersInWhitespace() }.filter {
          !$0.isEmpty
        }
        idea.notes = (card.notes ?? []).enumerated().map {
          Note(id: $0.offset + 1, at: created, author: "migrated", text: $0.element)
        }
        ops.append(.addIdea(idea))
      }
    }
    do {
      try board.apply(.batch(ops), by: "fabriek migration", at: migrated, why: "migrated from board format 0")
    } catch {
      throw StoreError.damaged(path: "", detail: tr("migration.breaksRule", ["why": error.message]))
    }
    return board
  }
}

extension Migration {
  /// Exit criteria from the one text older boards kept them in: one criterion per line, blank
  /// lines and list marks (`-`, `*`, `•`) left out, all open.
  public static func exitCriteria(fromText text: String) -> [ExitCriterion] {
    text.split(whereSeparator: \.isNewline).compactMap { line in
      var t = String(line).trimmingCharactersInWhitespace()
      if let first = t.first, "-*•".contains(first) { t = String(t.dropFirst()).trimmingCharactersInWhitespace() }
      return t.isEmpty ? nil : ExitCriterion(text: t)
    }
  }
}
