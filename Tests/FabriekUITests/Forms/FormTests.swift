import FabriekCore
import FabriekUI
import XCTest

/// The form engine: focus, choices, required fields and validation, dirty tracking.
final class FormTests: XCTestCase {
  func testTabAndShiftTabMoveBetweenFieldsAndWrap() {
    var form = Form.newIdea(context: FormContext(Board(name: "t", stages: [])))
    XCTAssertEqual(form.focusedField?.key, "title")
    form.moveFocus(1)
    XCTAssertEqual(form.focusedField?.key, "pitch")
    form.moveFocus(-2)
    XCTAssertEqual(form.focusedField?.key, "origin")
  }

  func testAChoiceCyclesWithArrowsAndSpaceAndStartsNotSet() {
    var form = Form.newIdea(context: FormContext(Board(name: "t", stages: [])))
    form.moveFocus(2)
    XCTAssertEqual(form.focusedField?.display, "not set")
    form.edit(.right)
    XCTAssertEqual(form.focusedField?.display, "individual")
    form.type(" ")
    XCTAssertEqual(form.focusedField?.display, "civil-society group")
    form.edit(.left)
    form.edit(.left)
    form.edit(.left)
    XCTAssertEqual(form.focusedField?.display, "public body", "← wraps around")
    form.type("x")
    XCTAssertEqual(form.focusedField?.display, "public body", "letters do not change a choice")
  }

  func testAnEmptyRequiredFieldGetsItsReasonAndTheFocus() {
    var form = Form.newIdea(context: FormContext(Board(name: "t", stages: [])))
    form.moveFocus(1)
    form.type("p")
    XCTAssertFalse(form.validate([:]))
    XCTAssertEqual(form.errors, [0: "Title is required"])
    XCTAssertEqual(form.focus, 0, "the cursor goes to the first invalid field")
    form.type("T")
    XCTAssertEqual(form.errors, [:], "editing the field clears its reason")
  }

  func testADomainReasonWinsOverTheRequiredMessage() {
    var form = Form.newIdea(context: FormContext(Board(name: "t", stages: [])))
    XCTAssertFalse(form.validate(["title": "an idea needs a title", "pitch": "too long"]))
    XCTAssertEqual(form.errors, [0: "an idea needs a title", 1: "too long"])
    XCTAssertEqual(form.focus, 0)
  }

  func testDirtyTracksValuesNotTheCursor() {
    var form = Form.newIdea(context: FormContext(Board(name: "t", stages: [])))
    XCTAssertFalse(form.isDirty)
    form.edit(.home)
    XCTAssertFalse(form.isDirty)
    form.type("a")
    XCTAssertTrue(form.isDirty)
    form.edit(.deleteBackward)
    XCTAssertFalse(form.isDirty, "back to what it opened with")
    form.moveFocus(4)
    XCTAssertEqual(form.focusedField?.key, "origin")
    form.edit(.right)
    XCTAssertTrue(form.isDirty)
  }
}
