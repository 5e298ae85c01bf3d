import Foundation
import StudyCore
import TerminalUI
import Testing

@testable import NoteDrillApp

/// Korean alignment, the too-small notice, resize and the runner's effects.
@Suite struct LayoutTests {
  @Test func tooSmallShowsTheNotice() throws {
    for keys in [[], [Key.enter]] {
      let terminal = try ScreenScripts.run(keys, size: Size(width: 30, height: 10))
      #expect(terminal.text.contains("Make the window larger"), "\(terminal.text)")
      #expect(!terminal.text.contains("VPC"))
    }
  }

  @Test func resizeReLaysOutTheSameQuestion() throws {
    let terminal = try ScreenScripts.run(
      [.enter, .resize(Size(width: 30, height: 10))], size: Size(width: 80, height: 24))
    terminal.resize(to: Size(width: 30, height: 10))
    let small = try ScreenScripts.run([.enter], size: Size(width: 30, height: 10))
    #expect(small.text.contains("Make the window larger"))
    let back = try ScreenScripts.run(
      [.enter, .resize(Size(width: 30, height: 10)), .resize(Size(width: 80, height: 24))],
      size: Size(width: 80, height: 24))
    #expect(back.lines[4].hasPrefix(" AWS 클라우드"))
  }

  @Test(arguments: [80, 40])
  func optionTextsStartInOneColumnWithKorean(width: Int) throws {
    let terminal = try ScreenScripts.run([.enter], size: Size(width: width, height: 24))
    let optionRows = terminal.lines.filter {
      $0.contains(". ") && ($0.hasPrefix(" >") || $0.hasPrefix("   "))
    }
    #expect(optionRows.count == 4)
    let columns = optionRows.map { row -> Int in
      let prefix = row.prefix { $0 != "." }
      return DisplayWidth.width(of: String(prefix)) + 2
    }
    #expect(Set(columns) == [6], "\(optionRows)")
    // The prompt wraps by columns: no line is wider than the body.
    for line in terminal.lines {
      #expect(DisplayWidth.width(of: line) <= width, "\(line)")
    }
    // Wide characters take two cells: 서 is followed by its continuation cell.
    let row = try #require(terminal.lines.firstIndex { $0.contains("서브넷") })
    let text = terminal.lines[row]
    let column = DisplayWidth.width(
      of: String(text[..<(try #require(text.range(of: "서브넷"))).lowerBound]))
    #expect(column == 6)
    #expect(terminal.screen[column, row].character == "서")
  }

  @Test func titleTrailingTextIsRightAlignedBesideKorean() throws {
    let terminal = try ScreenScripts.run([.enter], size: Size(width: 80, height: 24))
    #expect(DisplayWidth.width(of: terminal.lines[0]) == 79)
    #expect(terminal.lines[0].hasSuffix("1/3"))
    #expect(DisplayWidth.width(of: terminal.lines[1]) == 79)
  }

  @Test func typedCursorSitsAfterTheKoreanText() throws {
    let terminal = try ScreenScripts.run(
      [.enter, .character("2"), .enter] + "보안그".map { Key.character($0) },
      size: Size(width: 80, height: 24))
    // "> " at column 1, then three wide syllables: the cursor is at 1 + 2 + 6.
    #expect(terminal.cursor == Point(x: 9, y: 6))
  }

  @Test func answersAreSavedAndUndoneThroughTheRunner() throws {
    let services = FakeServices(questions: ScreenScripts.questions)
    let keys: [Key] =
      [.enter, .character("2"), .character("3"), .enter]
      + "보안그룹".map { Key.character($0) } + [.enter, .enter, .character("u")]
    _ = try ScreenScripts.run(keys, size: Size(width: 80, height: 24), services: services)
    #expect(services.saved.map(\.questionID) == ["q1"])
    #expect(services.saved.first?.rating == .good)
  }

  @Test func quittingFromTheDrillGoesHomeThenQuits() throws {
    let services = FakeServices(questions: ScreenScripts.questions)
    let terminal = VirtualTerminal(
      size: Size(width: 80, height: 24),
      keys: [.enter, .character("2"), .character("q"), .enter, .character("q")])
    let runner = AppRunner(
      model: AppModel(route: .home(HomeScreen(numbers: services.numbers))), backend: terminal,
      services: services, clock: { Fixtures.at(3) })
    try runner.run()
    #expect(runner.model.isFinished)
    #expect(services.saved.count == 1)
    #expect(terminal.pendingKeys.isEmpty)
  }

  @Test func anInterruptSavesTheAnswerOnScreenAndQuits() throws {
    let services = FakeServices(questions: ScreenScripts.questions)
    let terminal = VirtualTerminal(
      size: Size(width: 80, height: 24),
      keys: [.enter, .character("2"), .interrupted(.terminate), .character("1")])
    let runner = AppRunner(
      model: AppModel(route: .home(HomeScreen(numbers: services.numbers))), backend: terminal,
      services: services, clock: { Fixtures.at(3) })
    try runner.run()
    #expect(runner.interruption == .terminate)
    #expect(services.saved.count == 1)
    #expect(terminal.pendingKeys == [.character("1")])
  }

  @Test func noteTextControlCharactersNeverReachTheScreen() throws {
    var question = Fixtures.single
    question.prompt = "악성\u{1B}[31m 텍스트\u{07}"
    let services = FakeServices(questions: [question])
    let terminal = try ScreenScripts.run(
      [.enter], size: Size(width: 80, height: 24), services: services)
    #expect(!terminal.text.contains("\u{1B}"))
    #expect(!terminal.text.contains("\u{07}"))
    #expect(terminal.text.contains("악성 텍스트^G"))
  }

  @Test func anEmptyQueueSaysNothingIsDue() throws {
    let services = FakeServices(questions: [])
    let terminal = try ScreenScripts.run(
      [.enter], size: Size(width: 80, height: 24), services: services)
    #expect(terminal.lines[4] == " Nothing is due now")
    #expect(terminal.lines[6] == " Answered  0")
  }
}
