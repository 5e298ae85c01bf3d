import Testing

@testable import TerminalUI

@Suite struct OverlayTests {
  let hints = [KeyHint("j/k", "이동"), KeyHint("Enter", "확인"), KeyHint("?", "도움말")]

  func dotted(_ size: Size) -> Buffer {
    var buffer = Buffer(size: size)
    for y in 0..<size.height {
      buffer.write(String(repeating: ".", count: size.width), at: Point(x: 0, y: y))
    }
    return buffer
  }

  @Test func keyTableAlignsActionsByColumns() {
    #expect(OverlayBox.keyTable(hints) == "j/k    이동\nEnter  확인\n?      도움말")
    #expect(OverlayBox.keyTable([KeyHint("한글", "a"), KeyHint("x", "b")]) == "한글  a\nx     b")
  }

  @Test func helpOverlayIsCentredAndClearsWhatIsUnderIt() {
    let box = OverlayBox(title: "도움말", body: OverlayBox.keyTable(hints), footer: "Esc 닫기")
    var buffer = dotted(Size(width: 30, height: 8))
    let frame = box.frame(in: buffer.area)
    #expect(frame == Rect(x: 6, y: 1, width: 17, height: 5))
    buffer.render(box, in: frame)
    #expect(
      buffer.lines == [
        "..............................",
        "......┌─── 도움말 ────┐.......",
        "......│ j/k    이동   │.......",
        "......│ Enter  확인   │.......",
        "......│ ?      도움말 │.......",
        "......└── Esc 닫기 ───┘.......",
        "..............................",
        "..............................",
      ])
    let actionColumns = ["이동", "확인", "도움말"].enumerated().map {
      column(of: $0.element, in: buffer.line($0.offset + 2))
    }
    #expect(actionColumns == [15, 15, 15])
  }

  @Test func overlayShrinksToASmallScreen() {
    let box = OverlayBox(title: "도움말", body: OverlayBox.keyTable(hints), footer: "Esc 닫기")
    var buffer = dotted(Size(width: 12, height: 4))
    let frame = box.frame(in: buffer.area)
    #expect(frame == Rect(x: 0, y: 0, width: 12, height: 4))
    buffer.render(box, in: frame)
    #expect(buffer.lines == ["┌─ 도움말 ─┐", "│ j/k      │", "│ 이동     │", "└ Esc 닫기 ┘"])
    #expect(wideInvariantViolation(buffer) == nil)
    for line in buffer.lines { #expect(DisplayWidth.width(of: line) <= 12) }
  }

  @Test func asciiBorder() {
    let box = OverlayBox(title: "", body: "가", border: .ascii)
    let buffer = rendered(box, size: Size(width: 6, height: 3))
    #expect(buffer.lines == ["+----+", "| 가 |", "+----+"])
  }

  @Test func tooSmallNoticeCentresItsLines() {
    let notice = TooSmallNotice(minimum: Size(width: 80, height: 24))
    var buffer = dotted(Size(width: 20, height: 5))
    buffer.render(notice, in: buffer.area)
    #expect(
      buffer.lines == ["", "  Make the window", "       larger", "need 80x24, now 20x5", ""])
    #expect(buffer[2, 1].style == .bold)
    #expect(buffer[0, 3].style == .plain)
  }

  @Test func tooSmallNoticeCentresKoreanByColumns() {
    let notice = TooSmallNotice(minimum: Size(width: 80, height: 24), message: "창을 더 크게 해 주세요")
    let buffer = rendered(notice, size: Size(width: 16, height: 4))
    #expect(buffer.lines == ["창을 더 크게 해", "     주세요", "need 80x24, now", "      16x4"])
  }

  @Test func tooSmallNoticeSurvivesTinyScreens() {
    let notice = TooSmallNotice(minimum: Size(width: 40, height: 12))
    for size in [Size(width: 1, height: 1), Size(width: 3, height: 2), Size(width: 0, height: 0)] {
      let buffer = rendered(notice, size: size)
      #expect(buffer.lines.count == size.height)
      for line in buffer.lines { #expect(DisplayWidth.width(of: line) <= size.width) }
    }
  }

  @Test func tooSmallIsDecidedPerDimension() {
    let minimum = Size(width: 80, height: 24)
    #expect(TooSmallNotice.isNeeded(for: Size(width: 79, height: 24), minimum: minimum))
    #expect(TooSmallNotice.isNeeded(for: Size(width: 100, height: 23), minimum: minimum))
    #expect(!TooSmallNotice.isNeeded(for: Size(width: 80, height: 24), minimum: minimum))
  }
}
