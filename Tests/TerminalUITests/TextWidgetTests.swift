import Testing

@testable import TerminalUI

@Suite struct TextWidgetTests {
  let question = "다음 중 애플리케이션 로드 밸런서(ALB)가 동작하는 OSI 계층은 무엇입니까?"

  @Test func textBlockWrapsByColumns() {
    let buffer = rendered(TextBlock(question), size: Size(width: 20, height: 5))
    #expect(
      buffer.lines == [
        "다음 중 애플리케이션", "로드 밸런서(ALB)가", "동작하는 OSI 계층은", "무엇입니까?", "",
      ])
    for line in buffer.lines { #expect(DisplayWidth.width(of: line) <= 20) }
  }

  @Test func textBlockScrollsAndClampsTheOffset() {
    let size = Size(width: 20, height: 2)
    #expect(
      rendered(TextBlock(question, scrollOffset: 1), size: size).lines == [
        "로드 밸런서(ALB)가", "동작하는 OSI 계층은",
      ])
    #expect(
      rendered(TextBlock(question, scrollOffset: 99), size: size).lines == [
        "동작하는 OSI 계층은", "무엇입니까?",
      ])
    #expect(TextBlock(question).lines(width: 20).count == 4)
    #expect(TextBlock.maxScrollOffset(lineCount: 4, height: 2) == 2)
    #expect(TextBlock.maxScrollOffset(lineCount: 1, height: 2) == 0)
  }

  @Test func textBlockCentresByColumns() {
    let buffer = rendered(
      TextBlock("정답\nCorrect", alignment: .center), size: Size(width: 10, height: 2))
    #expect(buffer.lines == ["   정답", " Correct"])
    let right = rendered(TextBlock("정답", alignment: .right), size: Size(width: 10, height: 1))
    #expect(right.lines == ["      정답"])
  }

  @Test func textBlockStaysInsideItsArea() {
    var buffer = Buffer(size: Size(width: 12, height: 4))
    buffer.render(TextBlock("가나다라마바사아자차"), in: Rect(x: 1, y: 1, width: 5, height: 2))
    #expect(buffer.lines == ["", " 가나", " 다라", ""])
  }

  @Test func textBlockSanitizesNoteText() {
    let buffer = rendered(TextBlock("\u{1B}[1m굵게\u{1B}[0m\tend"), size: Size(width: 12, height: 1))
    #expect(buffer.lines == ["굵게    end"])
  }

  @Test func titleBarTruncatesTheTitleAndKeepsTheStatus() {
    let buffer = rendered(
      TitleBar("NoteDrill › 일일 복습", trailing: "3/20"), size: Size(width: 20, height: 1))
    #expect(buffer.lines == [" NoteDrill › … 3/20"])
    #expect(buffer.cells.allSatisfy { $0.style == .reverse })
    let wide = rendered(TitleBar("일일 복습", trailing: "3/20"), size: Size(width: 20, height: 1))
    #expect(wide.lines == [" 일일 복습     3/20"])
    #expect(column(of: "3/20", in: wide.lines[0]) == 15)
  }

  @Test func breadcrumbDropsLeadingPartsFirst() {
    let crumb = Breadcrumb(["AWS 아키텍처", "네트워킹", "로드 밸런서"])
    #expect(crumb.text(width: 40) == "AWS 아키텍처 › 네트워킹 › 로드 밸런서")
    #expect(crumb.text(width: 30) == "… › 네트워킹 › 로드 밸런서")
    #expect(crumb.text(width: 20) == "… › 로드 밸런서")
    #expect(crumb.text(width: 10) == "로드 밸런…")
    for width in 1...40 {
      #expect(DisplayWidth.width(of: crumb.text(width: width)) <= width)
    }
    #expect(Breadcrumb([]).text(width: 10) == "")
  }

  @Test func keyHelpBarLeavesOutHintsThatDoNotFitWhole() {
    let bar = KeyHelpBar([KeyHint("Enter", "확인"), KeyHint("Esc", "뒤로"), KeyHint("?", "도움말")])
    #expect(rendered(bar, size: Size(width: 20, height: 1)).lines == ["Enter 확인  Esc 뒤로"])
    #expect(rendered(bar, size: Size(width: 30, height: 1)).lines == ["Enter 확인  Esc 뒤로  ? 도움말"])
    #expect(rendered(bar, size: Size(width: 9, height: 1)).lines == [""])
    let buffer = rendered(bar, size: Size(width: 20, height: 1))
    #expect(buffer[0, 0].style == .reverse)
    #expect(buffer[6, 0].style == .plain)
  }

  @Test func progressBarFillsByProportion() {
    let size = Size(width: 20, height: 1)
    #expect(
      rendered(ProgressBar(done: 3, total: 10, label: "3/10"), size: size).lines == [
        "[###..........] 3/10"
      ])
    #expect(
      rendered(ProgressBar(done: 10, total: 10, label: "끝"), size: size).lines == [
        "[###############] 끝"
      ])
    #expect(rendered(ProgressBar(done: 0, total: 0), size: size).lines == ["[..................]"])
    #expect(ProgressBar(done: 15, total: 10).filledCells(width: 8) == 8)
    #expect(ProgressBar(done: -1, total: 10).filledCells(width: 8) == 0)
    #expect(ProgressBar(done: 9, total: 10).filledCells(width: 8) == 7)
  }

  @Test func progressBarTooNarrowShowsTheLabel() {
    let bar = ProgressBar(done: 1, total: 2, label: "1/2 · 복습 5")
    #expect(rendered(bar, size: Size(width: 8, height: 1)).lines == ["1/2 · …"])
  }
}
