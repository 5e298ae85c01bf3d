import Testing

@testable import TerminalUI

@Suite struct WrappingTests {
  let sentence = "로드 밸런서는 트래픽을 분산합니다"

  @Test func koreanBreaksAtSpacesByColumns() {
    #expect(
      DisplayWidth.wrap(sentence, width: 10) == ["로드", "밸런서는", "트래픽을", "분산합니다"])
    #expect(DisplayWidth.wrap(sentence, width: 14) == ["로드 밸런서는", "트래픽을", "분산합니다"])
    #expect(DisplayWidth.wrap(sentence, width: 13) == ["로드 밸런서는", "트래픽을", "분산합니다"])
    #expect(DisplayWidth.wrap(sentence, width: 12) == ["로드", "밸런서는", "트래픽을", "분산합니다"])
  }

  @Test func wordWiderThanTheLineIsCutByColumns() {
    #expect(
      DisplayWidth.wrap("애플리케이션로드밸런서", width: 7) == ["애플리", "케이션", "로드밸", "런서"])
    #expect(DisplayWidth.wrap("ALB는 L7", width: 4) == ["ALB", "는", "L7"])
  }

  @Test func longWordFillsTheCurrentLineFirst() {
    #expect(DisplayWidth.wrap("abc verylongword", width: 10) == ["abc verylo", "ngword"])
  }

  @Test func explicitNewlinesAndEmptyLinesAreKept() {
    #expect(DisplayWidth.wrap("첫 줄\n\n셋째 줄", width: 20) == ["첫 줄", "", "셋째 줄"])
    #expect(DisplayWidth.wrap("", width: 5) == [""])
    #expect(DisplayWidth.wrap("a\r\nb", width: 5) == ["a", "b"])
  }

  @Test func leadingIndentationIsKeptAndBreakSpacesDropped() {
    #expect(DisplayWidth.wrap("  - 항목 하나", width: 8) == ["  - 항목", "하나"])
    #expect(DisplayWidth.wrap("a     b", width: 3) == ["a", "b"])
  }

  @Test func noBreakSpaceDoesNotBreak() {
    #expect(DisplayWidth.wrap("10\u{00A0}GB 이상", width: 6) == ["10\u{00A0}GB", "이상"])
  }

  @Test func everyLineFitsAndNothingIsLost() {
    let text =
      "Amazon VPC는 AWS 클라우드에서 논리적으로 격리된 가상 네트워크입니다. "
      + "서브넷, 라우팅 테이블, 인터넷 게이트웨이(IGW)를 구성합니다."
    let original = text.filter { $0 != " " }
    for width in 2...40 {
      let lines = DisplayWidth.wrap(text, width: width)
      for line in lines {
        #expect(DisplayWidth.width(of: line) <= width, "width \(width): \(line)")
        #expect(!line.hasSuffix(" "))
      }
      #expect(lines.joined().filter { $0 != " " } == original, "width \(width)")
    }
  }

  @Test func wideCharacterWiderThanTheLineGetsItsOwnLine() {
    #expect(DisplayWidth.wrap("가나", width: 1) == ["가", "나"])
    #expect(DisplayWidth.wrap("abc", width: 0) == [])
  }
}
