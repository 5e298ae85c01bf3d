import Testing

@testable import TerminalUI

@Suite struct OptionListTests {
  let options = [
    "퍼블릭 서브넷에 배치한다",
    "프라이빗 서브넷에 배치하고 NAT 게이트웨이를 통해 나간다",
    "VPC 엔드포인트",
  ]

  @Test func koreanOptionsWrapUnderTheirTextColumn() {
    let list = OptionList(options, highlighted: 1)
    let buffer = rendered(list, size: Size(width: 30, height: 6))
    #expect(
      buffer.lines == [
        "  1. 퍼블릭 서브넷에 배치한다",
        "> 2. 프라이빗 서브넷에",
        "     배치하고 NAT 게이트웨이를",
        "     통해 나간다",
        "  3. VPC 엔드포인트",
        "",
      ])
    #expect(list.textColumn == 5)
    for y in 0..<5 {
      // Every row's text starts at column 5, whatever came before it.
      #expect(buffer[4, y].character == " ", "row \(y)")
      #expect(buffer[5, y].character != " " && !buffer[5, y].isContinuation, "row \(y)")
      #expect(DisplayWidth.width(of: buffer.line(y)) <= 30)
    }
  }

  @Test func highlightedRowsSpanTheWidth() {
    let buffer = rendered(OptionList(options, highlighted: 1), size: Size(width: 30, height: 6))
    for x in 0..<30 {
      #expect(buffer[x, 1].style == .reverse)
      #expect(buffer[x, 3].style == .reverse)
      #expect(buffer[x, 0].style == .plain)
    }
  }

  @Test func checkBoxesShowTheSelection() {
    let list = OptionList(["가용 영역", "리전"], highlighted: 0, checked: [1])
    let buffer = rendered(list, size: Size(width: 20, height: 2))
    #expect(buffer.lines == ["> 1. [ ] 가용 영역", "  2. [x] 리전"])
    #expect(list.textColumn == 9)
    #expect(column(of: "가용", in: buffer.line(0)) == column(of: "리전", in: buffer.line(1)))
  }

  @Test func numbersAreRightAlignedPastNine() {
    let names = ["하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉", "열"]
    let buffer = rendered(OptionList(names), size: Size(width: 20, height: 10))
    #expect(buffer.line(0) == "   1. 하나")
    #expect(buffer.line(9) == "  10. 열")
    #expect(OptionList(names).textColumn == 6)
    for y in 0..<10 { #expect(buffer[6, y].character != " ") }
  }

  @Test func listScrollsToTheHighlightedOption() {
    let letters = ["a", "b", "c", "d", "e", "f"]
    let buffer = rendered(OptionList(letters, highlighted: 5), size: Size(width: 10, height: 3))
    #expect(buffer.lines == ["  4. d", "  5. e", "> 6. f"])
    let top = rendered(OptionList(letters, highlighted: 1), size: Size(width: 10, height: 3))
    #expect(top.lines == ["  1. a", "> 2. b", "  3. c"])
  }

  @Test func tallHighlightedOptionShowsItsFirstRow() {
    let list = OptionList(["a", "가나다라마바사아"], highlighted: 1)
    let buffer = rendered(list, size: Size(width: 9, height: 2))
    #expect(buffer.lines == ["> 2. 가나", "     다라"])
  }

  @Test func controlCharactersInOptionsAreMadeVisible() {
    let buffer = rendered(OptionList(["a\u{1B}[2Jb\u{07}"]), size: Size(width: 12, height: 1))
    #expect(buffer.lines == ["  1. ab^G"])
  }
}
