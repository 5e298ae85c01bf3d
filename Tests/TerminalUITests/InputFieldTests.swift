import Testing

@testable import TerminalUI

@Suite struct InputFieldTests {
  func typed(_ text: String) -> InputField {
    var field = InputField()
    for character in text { field.handle(.character(character)) }
    return field
  }

  @Test func koreanTextMovesTheCursorByColumns() {
    let field = typed("한글 입력")
    #expect(field.text == "한글 입력")
    #expect(field.cursorColumn == 9)
  }

  @Test func backspaceRemovesOneWholeCharacter() {
    var field = typed("한글 입력")
    let consumed = field.handle(.backspace)
    #expect(consumed)
    #expect(field.text == "한글 입")
    #expect(field.cursorColumn == 7)
    field.backspace()
    field.backspace()
    #expect(field.text == "한글")
    #expect(field.cursorColumn == 4)
  }

  @Test func decomposedJamoComposeIntoOneSyllable() {
    var field = InputField()
    field.insert(Character("\u{1100}"))
    field.insert(Character("\u{1161}"))
    #expect(field.text.count == 1)
    #expect(field.cursorColumn == 2)
    field.backspace()
    #expect(field.isEmpty)
  }

  @Test func emojiSequenceIsRemovedWhole() {
    var field = typed("ok👩‍💻")
    #expect(field.cursorColumn == 4)
    field.backspace()
    #expect(field.text == "ok")
  }

  @Test func editingKeysAreConsumedOthersAreNot() {
    var field = typed("abc")
    let ignored = [Key.enter, .escape, .up, .tab].map { field.handle($0) }
    #expect(ignored == [false, false, false, false])
    #expect(field.text == "abc")
    let cleared = field.handle(.ctrl("u"))
    #expect(cleared && field.isEmpty)
    let backspaceOnEmpty = field.handle(.backspace)  // consumed; nothing to remove
    #expect(backspaceOnEmpty && field.isEmpty)
  }

  @Test func controlCharactersAreRejected() {
    var field = InputField()
    let bell = field.insert(Character("\u{07}"))
    let escape = field.handle(.character("\u{1B}"))
    #expect(!bell && !escape && field.isEmpty)
    field.insert("붙여\n넣기\u{1B}[31m!")
    #expect(field.text == "붙여 넣기!")
    #expect(InputField(text: "a\u{1B}[31mb").text == "ab")
  }

  @Test func renderParksTheCursorAfterTheText() {
    var buffer = Buffer(size: Size(width: 12, height: 1))
    let cursor = typed("한").render(into: &buffer, area: buffer.area, prompt: "답: ")
    #expect(buffer.lines == ["답: 한"])
    #expect(cursor == Point(x: 6, y: 0))
    #expect(buffer[4, 0].style == .underline)
  }

  @Test func longInputScrollsToKeepTheCursorVisible() {
    var buffer = Buffer(size: Size(width: 12, height: 1))
    let cursor = typed("한글 입력").render(into: &buffer, area: buffer.area, prompt: "답: ")
    #expect(buffer.lines == ["답: … 입력"])
    #expect(cursor == Point(x: 10, y: 0))
  }

  @Test func placeholderShowsWhenEmpty() {
    var buffer = Buffer(size: Size(width: 12, height: 1))
    let field = InputField(placeholder: "입력하세요")
    let cursor = field.render(into: &buffer, area: buffer.area, prompt: "답: ")
    #expect(buffer.lines == ["답: 입력하…"])
    #expect(cursor == Point(x: 4, y: 0))
    #expect(buffer[4, 0].style == .dim)
  }

  @Test func cursorStaysInsideAnyArea() {
    let field = typed("가나다라마바사")
    for width in 1...16 {
      var buffer = Buffer(size: Size(width: 20, height: 2))
      let area = Rect(x: 2, y: 1, width: width, height: 1)
      let cursor = field.render(into: &buffer, area: area, prompt: "답: ")
      #expect(cursor.map { area.contains($0) } == true, "width \(width)")
      #expect(DisplayWidth.width(of: buffer.line(1)) <= area.maxX)
      #expect(wideInvariantViolation(buffer) == nil)
    }
  }
}
