import Testing

@testable import TerminalUI

@Suite struct FittingTests {
  @Test func textThatFitsIsUnchanged() {
    #expect(DisplayWidth.truncate("가나다라", toWidth: 8) == "가나다라")
    #expect(DisplayWidth.truncate("ALB", toWidth: 3) == "ALB")
  }

  @Test func truncationCountsColumnsNotCharacters() {
    #expect(DisplayWidth.truncate("가나다라", toWidth: 7) == "가나다…")
    #expect(DisplayWidth.truncate("abcdef", toWidth: 4) == "abc…")
    #expect(DisplayWidth.truncate("VPC 엔드포인트", toWidth: 9) == "VPC 엔드…")
  }

  @Test func wideCharacterThatDoesNotFitLeavesABlankColumn() {
    let cut = DisplayWidth.truncate("가나다라", toWidth: 6)
    #expect(cut == "가나…")
    #expect(DisplayWidth.width(of: cut) == 5)
    #expect(DisplayWidth.truncate("가나다라", toWidth: 5, ellipsis: "") == "가나")
    #expect(DisplayWidth.fit("가나다라", toWidth: 5, ellipsis: "") == "가나 ")
    #expect(DisplayWidth.fit("가나다라", toWidth: 6) == "가나… ")
  }

  @Test func truncationNeverSplitsAGrapheme() {
    let text = "e\u{0301}👩‍💻각"
    for width in 0...6 {
      let cut = DisplayWidth.truncate(text, toWidth: width, ellipsis: "")
      #expect(DisplayWidth.width(of: cut) <= width)
      #expect(text.hasPrefix(cut))
    }
    #expect(DisplayWidth.truncate(text, toWidth: 2, ellipsis: "") == "e\u{0301}")
  }

  @Test func tooNarrowForTheEllipsis() {
    #expect(DisplayWidth.truncate("가나", toWidth: 1) == "…")
    #expect(DisplayWidth.truncate("가나", toWidth: 2, ellipsis: "...") == "가")
    #expect(DisplayWidth.truncate("가나", toWidth: 1, ellipsis: "...") == "")
    #expect(DisplayWidth.truncate("abc", toWidth: 0) == "")
    #expect(DisplayWidth.truncate("abc", toWidth: -3) == "")
  }

  @Test func leadingTruncationKeepsTheEnd() {
    #expect(DisplayWidth.truncateLeading("가나다라", toWidth: 5) == "…다라")
    #expect(DisplayWidth.truncateLeading("가나다라", toWidth: 6) == "…다라")
    #expect(DisplayWidth.truncateLeading("가나다라", toWidth: 7) == "…나다라")
    #expect(DisplayWidth.truncateLeading("abc", toWidth: 3) == "abc")
  }

  @Test func paddingByColumns() {
    #expect(DisplayWidth.pad("한글", toWidth: 6) == "한글  ")
    #expect(DisplayWidth.pad("한글", toWidth: 6, alignment: .right) == "  한글")
    #expect(DisplayWidth.pad("한", toWidth: 5, alignment: .center) == " 한  ")
    #expect(DisplayWidth.pad("한글한글", toWidth: 3) == "한글한글")
  }

  @Test func centringByColumnsNotCharacters() {
    // Counting characters would put "한글" 4 columns in; by columns it is 3.
    #expect(DisplayWidth.center("한글", inWidth: 10) == "   한글   ")
    #expect(DisplayWidth.centeringOffset(contentWidth: 4, inWidth: 10) == 3)
    #expect(DisplayWidth.center("로드 밸런서", inWidth: 8) == "로드 밸…")
    #expect(DisplayWidth.centeringOffset(contentWidth: 12, inWidth: 10) == 0)
  }
}
