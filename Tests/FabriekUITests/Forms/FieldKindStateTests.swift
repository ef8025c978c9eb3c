import FabriekCore
import FabriekUI
import XCTest

/// The multi-choice, SDG, tags and people field kinds, and multi-line rows: their keys and
/// what they hold, grapheme by grapheme where text is typed.
final class FieldKindStateTests: XCTestCase {
  // MARK: multi-choice and SDGs

  func testSpaceTurnsTheOptionUnderTheCursorOnAndOffAndArrowsStopAtTheEnds() {
    var roles = MultiChoiceState(options: ["innovator", "mentor", "partner", "staff"], selected: [0])
    roles.move(.right)
    roles.toggle()
    XCTAssertEqual(roles.chosen, [0, 1])
    roles.move(.left)
    roles.toggle()
    XCTAssertEqual(roles.chosen, [1])
    roles.move(.left)
    XCTAssertEqual(roles.cursor, 0, "← stops at the first option")
    roles.move(.end)
    roles.move(.right)
    XCTAssertEqual(roles.cursor, 3, "→ stops at the last option")
  }

  func testTypingAGoalsNumberGoesToItOneDigitAfterTheOther() {
    var sdgs = SDG.picker([])
    sdgs.typeAhead("1")
    XCTAssertEqual(sdgs.options[sdgs.cursor], "1 No poverty")
    sdgs.typeAhead("7")
    XCTAssertEqual(sdgs.options[sdgs.cursor], "17 Partnerships for the goals")
    sdgs.toggle()
    sdgs.typeAhead("3")
    XCTAssertEqual(sdgs.options[sdgs.cursor], "3 Good health and well-being", "a digit that fits no more starts over")
    sdgs.toggle()
    XCTAssertEqual(sdgs.chosen.map { $0 + 1 }, [3, 17])
    sdgs.typeAhead("c")
    XCTAssertEqual(sdgs.cursor, 2, "letters match the goal's number first, so nothing moves")
  }

  func testTheSDGPickerOpensWithTheIdeasGoalsChosenAndTheCursorOnTheFirst() {
    let sdgs = SDG.picker([11, 3])
    XCTAssertEqual(sdgs.chosen, [2, 10])
    XCTAssertEqual(sdgs.cursor, 2)
    XCTAssertEqual(SDG.options.count, 17)
  }

  // MARK: tags with completion

  func testSuggestionsMatchThePartialItemWithoutCaseOrAccentsPrefixFirst() {
    var tags = TagsState(["buurt"], known: ["Café", "buurt", "voeding", "cafetaria", "zorg", "dorpscafé"])
    tags.apply(.end)
    for c in ", caf" { tags.insert(c) }
    XCTAssertEqual(tags.partial, "caf")
    XCTAssertEqual(tags.suggestions, ["Café", "cafetaria", "dorpscafé"])
    tags.apply(.killToStart)
    for c in "buurt, bu" { tags.insert(c) }
    XCTAssertEqual(tags.suggestions, [], "a value already in the list is not suggested again")
  }

  func testEnterTakesTheHighlightedSuggestionAndOpensTheNextItem() {
    var tags = TagsState([], known: ["Café", "cafetaria", "zorg"])
    for c in "CAF" { tags.insert(c) }
    XCTAssertTrue(tags.moveHighlight(1))
    XCTAssertTrue(tags.acceptSuggestion())
    XCTAssertEqual(tags.field.text, "cafetaria, ")
    XCTAssertEqual(tags.field.cursor, 11)
    for c in "zo" { tags.insert(c) }
    XCTAssertTrue(tags.acceptSuggestion())
    XCTAssertEqual(tags.values, ["cafetaria", "zorg"])
    XCTAssertFalse(tags.acceptSuggestion(), "nothing typed, nothing to take")
    XCTAssertFalse(tags.moveHighlight(1))
  }

  func testASuggestionTakenInTheMiddleOfTheListReplacesOnlyThatItem() {
    var tags = TagsState([], known: ["voeding"])
    for c in "zorg, vo, buurt" { tags.insert(c) }
    for _ in 0..<7 { tags.apply(.left) }
    XCTAssertEqual(tags.partial, "vo")
    XCTAssertTrue(tags.acceptSuggestion())
    XCTAssertEqual(tags.field.text, "zorg, voeding, buurt")
    XCTAssertEqual(tags.field.cursor, 13, "the cursor after the taken value")
  }

  func testAListWithValuesOpensWithTheCursorAfterACommaSoTypingAddsOne() {
    var tags = TagsState(["zorg", "buurt"], known: ["voeding"])
    XCTAssertEqual(tags.field.text, "zorg, buurt, ")
    XCTAssertEqual(tags.values, ["zorg", "buurt"], "the trailing comma is no value")
    for c in "vo" { tags.insert(c) }
    XCTAssertEqual(tags.suggestions, ["voeding"])
    XCTAssertEqual(TagsState([], known: []).field.text, "")
  }

  func testTagsAreEditedByGraphemeCluster() {
    for cluster in TextFieldStateTests.clusters {
      var tags = TagsState([], known: [])
      tags.insert("a")
      tags.insert(cluster)
      tags.apply(.deleteBackward)
      XCTAssertEqual(tags.values, ["a"], "Backspace over \(cluster.unicodeScalars.map(\.value))")
      tags.insert(cluster)
      XCTAssertEqual(tags.field.cursor, 2)
    }
  }

  // MARK: people

  static let people: [Person] = {
    var list = [
      Person(id: PersonID(1), givenName: "Sofie", familyName: "Dewulf", email: "sofie@buurtwerk.be"),
      Person(id: PersonID(2), givenName: "Amir", familyName: "Benali"),
      Person(id: PersonID(3), givenName: "Léa", familyName: "Dubois"),
      Person(id: PersonID(4), givenName: "Dewi", familyName: "Sanders"),
      Person(id: PersonID(5), givenName: "社会", familyName: "太郎"),
    ]
    list[1].organisation = "De Wulf & Co"
    return list
  }()

  func testMatchesRankNameStartThenWordStartThenAnywhereThenLettersInOrder() {
    let directory = PeopleDirectory(Self.people)
    XCTAssertEqual(directory.matches("dew", limit: 6).map(\.name), ["Dewi Sanders", "Sofie Dewulf"])
    XCTAssertEqual(
      directory.matches("wulf", limit: 6).map(\.name), ["Amir Benali", "Sofie Dewulf"],
      "inside the name or the organisation rank the same, then by name")
    XCTAssertEqual(directory.matches("lea", limit: 6).map(\.name), ["Léa Dubois"], "no accents needed")
    XCTAssertEqual(directory.matches("sdw", limit: 6).map(\.name), ["Sofie Dewulf"], "letters in order")
    XCTAssertEqual(directory.matches("太郎", limit: 6).map(\.name), ["社会 太郎"])
    XCTAssertEqual(directory.matches("buurtwerk", limit: 6).map(\.name), ["Sofie Dewulf"], "by e-mail")
    XCTAssertEqual(directory.matches("   ", limit: 6), [])
  }

  func testMatchesOfOneRankComeInTheOrderPeopleReadNamesIn() {
    let people = [
      Person(id: PersonID(1), givenName: "Émile", familyName: "Aerts"),
      Person(id: PersonID(2), givenName: "Zoë", familyName: "Eelen"),
      Person(id: PersonID(3), givenName: "eline", familyName: "Baert"),
      Person(id: PersonID(4), givenName: "Elias", familyName: ""),
      Person(id: PersonID(5), givenName: "Elias", familyName: ""),
      Person(id: PersonID(6), givenName: "Ezra", familyName: "Cools"),
    ]
    XCTAssertEqual(
      PeopleDirectory(people).matches("e", limit: 7).map(\.id),
      [PersonID(4), PersonID(5), PersonID(3), PersonID(1), PersonID(6), PersonID(2)],
      "no case, no accents; namesakes by id; a name start before a word start")
  }

  func testEnterTakesTheHighlightedPersonAndTheLastLineMakesANewOne() {
    var picker = PeoplePickerState(chosen: [PersonID(2)], directory: PeopleDirectory(Self.people))
    for c in "de" { picker.insert(c) }
    XCTAssertEqual(
      picker.candidates.map(\.label), ["Dewi Sanders", "Sofie Dewulf", "new: de"],
      "Amir Benali (De Wulf & Co) is chosen already, so not offered")
    XCTAssertTrue(picker.moveHighlight(1))
    XCTAssertTrue(picker.pick())
    XCTAssertEqual(picker.chosen, [.existing(PersonID(2)), .existing(PersonID(1))])
    XCTAssertEqual(picker.query.text, "")
    for c in "Noor Ç" { picker.insert(c) }
    XCTAssertTrue(picker.moveHighlight(-1), "↑ from the first wraps to the last line")
    XCTAssertTrue(picker.pick())
    XCTAssertEqual(picker.chosen.last, .new("Noor Ç"))
    XCTAssertEqual(picker.chosenText, "Amir Benali, Sofie Dewulf, Noor Ç")
  }

  func testBackspaceOnAnEmptyQueryTakesTheLastPersonAwayAndEditsTheQueryByCluster() {
    var picker = PeoplePickerState(chosen: [PersonID(1), PersonID(3)], directory: PeopleDirectory(Self.people))
    for cluster in TextFieldStateTests.clusters {
      picker.insert("a")
      picker.insert(cluster)
      picker.apply(.deleteBackward)
      XCTAssertEqual(picker.query.text, "a", "Backspace over \(cluster.unicodeScalars.map(\.value))")
      picker.apply(.deleteBackward)
    }
    XCTAssertEqual(picker.chosen.count, 2)
    picker.apply(.deleteBackward)
    XCTAssertEqual(picker.chosen, [.existing(PersonID(1))])
  }

  func testASinglePickerReplacesItsPersonAndEscDropsOnlyTheQuery() {
    var coach = PeoplePickerState(chosen: [PersonID(1)], directory: PeopleDirectory(Self.people), single: true)
    XCTAssertFalse(coach.clearQuery())
    for c in "amir" { coach.insert(c) }
    XCTAssertTrue(coach.clearQuery())
    XCTAssertEqual(coach.candidates, [])
    for c in "amir" { coach.insert(c) }
    XCTAssertTrue(coach.pick())
    XCTAssertEqual(coach.chosen, [.existing(PersonID(2))])
  }

  // MARK: multi-line rows

  func testRowsBreakAtNewlinesAndWrapAfterTheLastSpace() {
    let rows = TextRows("een twee drie\nvier", width: 10)
    XCTAssertEqual(rows.rows.map { [$0.start, $0.end] }, [[0, 9], [9, 13], [14, 18]])
    XCTAssertEqual(rows.rows.map(\.isHard), [false, true, true])
  }

  func testLayingOutStopsAfterTheRowsThatShow() {
    let rows = TextRows("een\ntwee\ndrie\n" + String(repeating: "lang ", count: 10_000), width: 20, maxRows: 2)
    XCTAssertEqual(rows.rows.map { [$0.start, $0.end] }, [[0, 3], [4, 8]])
    XCTAssertEqual(TextRows("", width: 20, maxRows: 2).rows.count, 1, "an empty text has its one row")
  }

  func testAWideCharacterThatDoesNotFitGoesToTheNextRow() {
    let rows = TextRows("ab社会cd", width: 5)
    XCTAssertEqual(rows.rows.map { [$0.start, $0.end] }, [[0, 3], [3, 6]], "a cell stays free for the cursor")
    XCTAssertEqual(rows.position(of: 3).row, 1)
    XCTAssertEqual(rows.position(of: 4).column, 2)
  }

  func testUpAndDownKeepTheColumnInCellsAcrossClusters() {
    var form = Form(
      kind: .newIdea, title: "t",
      fields: [
        FormField(key: "a", label: "A", value: .text(.init())),
        FormField(
          key: "d", label: "D", isMultiline: true, value: .text(.init("e\u{301}社👍🏽x\nabcdefgh", cursor: 0))),
      ])
    form.moveFocus(1)
    form.arrow(-1, width: 40)
    XCTAssertEqual(form.focus, 0, "↑ on the first row goes to the field above")
    form.moveFocus(1)
    XCTAssertEqual(form.focusedField?.key, "d")
    for _ in 0..<4 { form.edit(.right) }
    form.arrow(1, width: 40)
    guard case .text(let low) = form.focusedField?.value else { return XCTFail("text") }
    XCTAssertEqual(low.cursor, 11, "from the end of row 1 (column 6) to column 6 of row 2")
    form.edit(.left)
    form.edit(.left)
    form.arrow(-1, width: 40)
    guard case .text(let high) = form.focusedField?.value else { return XCTFail("text") }
    XCTAssertEqual(String(high.beforeCursor), "e\u{301}社", "column 4 of row 2 lands after 社 (cells 1–2)")
  }
}

extension PeoplePickerState.Candidate {
  /// A line of the list, for assertions.
  var label: String {
    switch self {
    case .person(let entry): entry.name
    case .create(let name): "new: " + name
    }
  }
}
