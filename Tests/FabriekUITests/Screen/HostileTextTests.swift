import FabriekCore
import FabriekUI
import XCTest

/// Text from the board cannot reach the terminal raw, and wide or combining characters keep
/// the columns aligned.
final class HostileTextTests: XCTestCase {
  static func board(titles: [String]) throws -> Board {
    var board = Board(name: "Hostile \u{1B}]0;pwned\u{07}", stages: ScreenFixtures.stages)
    var person = Person(id: PersonID(1), givenName: "Eve\u{202E}", familyName: "\u{200B}Mallory")
    person.organisation = "\u{1B}[2J"
    try board.apply(.addPerson(person), by: "test", at: ScreenFixtures.now)
    for (n, title) in titles.enumerated() {
      let stage = ScreenFixtures.stages[n % ScreenFixtures.stages.count].id
      var idea = Idea(
        id: IdeaID(n + 1), title: title, stage: stage, created: ScreenFixtures.day(-5), pitch: title,
        tags: ["t\u{0}ag\(n)", "社会"])
      idea.innovators = [PersonID(1)]
      idea.notes = [
        Note(id: 1, at: ScreenFixtures.now, author: "eve\u{9B}31m", text: "note \u{1B}]52;c;aGk=\u{07} end")
      ]
      try board.apply(.addIdea(idea), by: "test", at: ScreenFixtures.now)
    }
    return board
  }

  /// No cell holds a control, format or bidi character, or a line separator (the joiners and
  /// selectors inside an emoji sequence excepted: the backend draws those as their base emoji).
  func assertClean(_ grid: Grid, file: StaticString = #filePath, line: UInt = #line) {
    for y in 0..<grid.height {
      for x in 0..<grid.width {
        let grapheme = grid[x, y].grapheme
        let emoji = DisplayWidth.isEmojiSequence(grapheme)
        for scalar in grapheme.unicodeScalars {
          let value = scalar.value
          let category = scalar.properties.generalCategory
          let bad =
            value < 0x20 || (0x7F...0x9F).contains(value) || (category == .format && !emoji)
            || category == .lineSeparator || category == .paragraphSeparator
          XCTAssertFalse(bad, "U+\(String(value, radix: 16)) at (\(x), \(y))", file: file, line: line)
        }
      }
    }
  }

  func testEscapeSequencesBidiOverridesAndZeroWidthCharactersBecomeMarkers() throws {
    let titles = [
      "Title \u{1B}]0;evil\u{07} end", "\u{1B}[2J\u{1B}[H wipe", "abc\u{202E}fed", "zero\u{200B}width\u{2066}x",
      "C1 \u{9B}31m csi", "line\u{2028}break\nnew",
    ]
    var state = AppState(
      board: try Self.board(titles: titles), file: "f\u{1B}[0m.json", width: 200, height: 60, now: ScreenFixtures.now)
    let grid = render(state)
    assertClean(grid)
    let text = grid.lines.joined(separator: "\n")
    XCTAssertTrue(text.contains("Title ␛]0;evil␇ end"))
    XCTAssertTrue(text.contains("abc⟨U+202E⟩fed"))
    XCTAssertTrue(text.contains("zero⟨U+200B⟩width⟨U+2066⟩x"))
    XCTAssertTrue(text.contains("C1 ⟨U+009B⟩31m csi"))
    XCTAssertTrue(text.contains("Eve⟨U+202E⟩ ⟨U+200B⟩Mallory"))
    let marker = try XCTUnwrap(grid.lines.firstIndex { $0.contains("Title ␛") })
    let x = DisplayWidth.of(String(grid.lines[marker].prefix { $0 != "␛" }))
    XCTAssertEqual(grid[x, marker].style, .marker)

    for key in [Key.enter, .char("G")] { _ = update(&state, .key(key)) }
    assertClean(render(state))
    _ = update(&state, .key(.char("g")))
    assertClean(render(state))
    let detail = render(state).lines.joined(separator: "\n")
    XCTAssertTrue(detail.contains("␛[2J"), "the organisation's escape sequence is a marker in the detail")
  }

  func testTheEditFormItsPickersListAndItsMultiLineRowsShowMarkersNotControls() throws {
    let titles = ["Title \u{1B}]0;evil\u{07} end", "line\u{2028}break\nnew \u{1B}[2J"]
    var state = AppState(
      board: try Self.board(titles: titles), file: "board.json", width: 120, height: 40, now: ScreenFixtures.now)
    _ = update(&state, .key(.char("e")))
    XCTAssertEqual(state.mode, .form)
    assertClean(render(state))
    XCTAssertTrue(render(state).lines.joined().contains("Title ␛]0;evil␇ end"))
    let mentors = try XCTUnwrap(state.form?.fields.firstIndex { $0.key == "mentors" })
    for _ in 0..<mentors { _ = update(&state, .key(.tab)) }
    XCTAssertTrue(render(state).lines.joined().contains("Eve⟨U+202E⟩ ⟨U+200B⟩Mallory"), "the chosen innovator")
    for c in "eve" { _ = update(&state, .key(.char(c))) }
    let list = render(state)
    assertClean(list)
    XCTAssertTrue(
      list.lines.joined().contains("Eve⟨U+202E⟩ ⟨U+200B⟩Mallory · ␛[2J"),
      "the list's line, with markers:\n" + list.lines.joined(separator: "\n"))
    for c in "\u{1B}[31m" { _ = update(&state, .key(.char(c))) }
    assertClean(render(state))
    let description = try XCTUnwrap(state.form?.fields.firstIndex { $0.key == "description" })
    for _ in 0..<(description - mentors) { _ = update(&state, .key(.tab)) }
    for c in "a\u{1B}[2J\nb\u{2028}c\u{9B}" { _ = update(&state, .key(.char(c))) }
    let rows = render(state)
    assertClean(rows)
    XCTAssertTrue(rows.lines.joined(separator: "\n").contains("a␛[2J"), "typed controls show as markers too")
  }

  func testColumnsStayAlignedWithAccentsCombiningMarksCJKAndEmoji() throws {
    let titles = [
      "Café coöperatie", "Cafe\u{301} met combinerende tekens e\u{301}e\u{301}e\u{301}", "社会的企業のための共同住宅プロジェクト",
      "Buurt 👩🏽‍🔧 herstelt 🇧🇪 fietsen 🚲🚲🚲🚲", "Ｆｕｌｌ　ｗｉｄｔｈ ideeën", "ﷺ 🏳️‍🌈 e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}",
      "한국어 제목 아주 길게 계속됩니다", "ok",
    ]
    for (width, height) in [(80, 24), (120, 40), (200, 60)] {
      let state = AppState(
        board: try Self.board(titles: titles), file: "f.json", width: width, height: height, now: ScreenFixtures.now)
      let grid = render(state)
      let layout = ScreenLayout(state)
      let separators = layout.columns.dropLast().map { $0.rect.maxX }
      XCTAssertFalse(separators.isEmpty)
      for y in 0..<layout.main.height {
        for x in separators {
          XCTAssertEqual(grid[x, y].grapheme, "│", "\(width)×\(height): row \(y) column \(x)")
          XCTAssertFalse(grid[x, y].isContinuation)
        }
      }
      assertClean(grid)
    }
  }
}
