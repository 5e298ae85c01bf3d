import Testing

@testable import TerminalUI

@Suite struct BufferTests {
  @Test func wideCharacterTakesTwoCells() {
    var buffer = Buffer(size: Size(width: 6, height: 1))
    let advanced = buffer.write("한글", at: Point(x: 0, y: 0))
    #expect(advanced == 4)
    #expect(buffer[0, 0] == Cell(character: "한", width: 2))
    #expect(buffer[1, 0].isContinuation)
    #expect(buffer[2, 0] == Cell(character: "글", width: 2))
    #expect(buffer[3, 0].isContinuation)
    #expect(buffer[4, 0] == .blank)
    #expect(buffer.line(0) == "한글")
  }

  @Test func overwritingTheSecondHalfClearsTheFirst() {
    var buffer = Buffer(size: Size(width: 6, height: 1))
    buffer.write("한글", at: Point(x: 0, y: 0))
    buffer.put("x", at: Point(x: 1, y: 0))
    #expect(buffer[0, 0] == .blank)
    #expect(buffer[1, 0] == Cell(character: "x"))
    #expect(buffer.line(0) == " x글")
    #expect(wideInvariantViolation(buffer) == nil)
  }

  @Test func overwritingTheFirstHalfClearsTheSecond() {
    var buffer = Buffer(size: Size(width: 6, height: 1))
    buffer.write("한글", at: Point(x: 0, y: 0))
    buffer.put("y", at: Point(x: 2, y: 0))
    #expect(buffer[3, 0] == .blank)
    #expect(buffer.line(0) == "한y")
    #expect(wideInvariantViolation(buffer) == nil)
  }

  @Test func wideOverWideAtAnOffsetClearsBothNeighbours() {
    var buffer = Buffer(size: Size(width: 6, height: 1))
    buffer.write("가나", at: Point(x: 0, y: 0))
    buffer.put("다", at: Point(x: 1, y: 0))
    #expect(buffer[0, 0] == .blank)
    #expect(buffer[1, 0] == Cell(character: "다", width: 2))
    #expect(buffer[2, 0].isContinuation)
    #expect(buffer[3, 0] == .blank)
    #expect(buffer.line(0) == " 다")
    #expect(wideInvariantViolation(buffer) == nil)
  }

  @Test func wideCharacterAtTheRightEdgeLeavesABlankColumn() {
    var buffer = Buffer(size: Size(width: 5, height: 1))
    let advanced = buffer.write("가나다", at: Point(x: 0, y: 0))
    #expect(advanced == 6)
    #expect(buffer.line(0) == "가나")
    #expect(buffer[4, 0] == .blank)
    #expect(wideInvariantViolation(buffer) == nil)
  }

  @Test func clipRectangleCutsWideCharactersWhole() {
    var buffer = Buffer(size: Size(width: 10, height: 1))
    buffer.write("가나다", at: Point(x: 0, y: 0), clip: Rect(x: 0, y: 0, width: 3, height: 1))
    #expect(buffer.line(0) == "가")
    #expect(buffer[2, 0] == .blank)
    buffer.write("라마", at: Point(x: 4, y: 0), clip: Rect(x: 5, y: 0, width: 5, height: 1))
    #expect(buffer[4, 0] == .blank)  // left of the clip: untouched
    #expect(buffer[5, 0] == .blank)  // 라's visible half
    #expect(buffer[6, 0] == Cell(character: "마", width: 2))
    #expect(wideInvariantViolation(buffer) == nil)
  }

  @Test func writingOffTheGridIsClipped() {
    var buffer = Buffer(size: Size(width: 4, height: 2))
    buffer.write("가나", at: Point(x: -1, y: 0))
    #expect(buffer.line(0) == " 나")
    #expect(buffer.write("abc", at: Point(x: 0, y: 5)) == 3)
    #expect(buffer.write("abcdef", at: Point(x: 2, y: 1)) == 6)
    #expect(buffer.lines == [" 나", "  ab"])
    #expect(wideInvariantViolation(buffer) == nil)
  }

  @Test func controlCharactersAreDrawnAsReplacement() {
    var buffer = Buffer(size: Size(width: 6, height: 1))
    buffer.write("a\u{1B}b\nc", at: Point(x: 0, y: 0))
    #expect(buffer.line(0) == "a\u{FFFD}b\u{FFFD}c")
    #expect(buffer.cells.allSatisfy { !DisplayWidth.isControl($0.character) })
  }

  @Test func zeroWidthGraphemesAreSkipped() {
    var buffer = Buffer(size: Size(width: 4, height: 1))
    #expect(buffer.put("\u{200B}", at: Point(x: 0, y: 0)) == 0)
    #expect(buffer[0, 0] == .blank)
    buffer.write("a\u{202E}b", at: Point(x: 0, y: 0))  // a bidi override is not drawn
    #expect(buffer.line(0) == "ab")
  }

  @Test func combiningSequencesStayInOneCell() {
    var buffer = Buffer(size: Size(width: 4, height: 1))
    buffer.write("e\u{0301}x", at: Point(x: 0, y: 0))
    #expect(buffer[0, 0].character == "e\u{0301}")
    #expect(buffer[1, 0].character == "x")
  }

  @Test func textOmitsContinuationsAndTrimsTrailingSpaces() {
    var buffer = Buffer(size: Size(width: 8, height: 3))
    buffer.write("퀴즈 1", at: Point(x: 1, y: 0))
    buffer.write("end", at: Point(x: 5, y: 2))
    #expect(buffer.lines == [" 퀴즈 1", "", "     end"])
    #expect(buffer.text == " 퀴즈 1\n\n     end")
  }

  @Test func fillAndRestyleKeepText() {
    var buffer = Buffer(size: Size(width: 4, height: 2))
    buffer.write("ab", at: Point(x: 0, y: 0))
    buffer.restyle(Rect(x: 0, y: 0, width: 4, height: 1), style: .reverse)
    #expect(buffer[1, 0] == Cell(character: "b", style: .reverse))
    buffer.fill(Rect(x: 1, y: 0, width: 10, height: 10), style: .dim)
    #expect(buffer.lines == ["a", ""])
    #expect(buffer[3, 1].style == .dim)
    buffer.clear()
    #expect(buffer == Buffer(size: Size(width: 4, height: 2)))
  }

  @Test func randomDrawingKeepsWideGraphemesWhole() {
    var generator = SeededGenerator(state: 42)
    var buffer = Buffer(size: Size(width: 13, height: 4))
    let samples = ["가", "a", "나다", "👩‍💻", "e\u{0301}", "ＡＷＳ", " ", "x한y"]
    for _ in 0..<2000 {
      let text = samples.randomElement(using: &generator) ?? "a"
      let point = Point(
        x: Int.random(in: -2...13, using: &generator), y: Int.random(in: 0...3, using: &generator))
      let clipX = Int.random(in: 0...12, using: &generator)
      let clip = Rect(x: clipX, y: 0, width: Int.random(in: 0...13, using: &generator), height: 4)
      buffer.write(text, at: point, clip: clip)
      #expect(wideInvariantViolation(buffer) == nil)
    }
  }
}
