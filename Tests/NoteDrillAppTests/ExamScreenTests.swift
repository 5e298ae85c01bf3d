import Foundation
import TerminalUI
import Testing

@testable import NoteDrillApp

/// Whole exam screens from the virtual terminal at 80x24, compared as text.
@Suite struct ExamScreenTests {
  /// Runs `keys` one second apart on a 3-question, 20-minute exam and returns the screen.
  static func screen(_ keys: [Key], size: Size = Size(width: 80, height: 24)) -> VirtualTerminal {
    var exam = ExamScreen(session: ExamFixtures.session(limitSeconds: 20 * 60))
    for (offset, key) in keys.enumerated() {
      _ = exam.update(key, at: Fixtures.at(Double(offset + 1) * 61))
    }
    exam.trend = [40, 67]
    let terminal = VirtualTerminal(size: size)
    var frame = Buffer(size: size)
    let cursor = exam.render(into: &frame)
    terminal.draw(frame, cursor: cursor)
    return terminal
  }

  static let scripts: [String: [Key]] = [
    "question": [.character("2"), .character("f")],
    "multiple": [.character("n"), .character("1"), .character("3")],
    "navigator": [.character("2"), .character("f"), .character("n"), .character("g"), .right],
    "confirm": [.character("2"), .character("f"), .character("s")],
    "results": [
      .character("2"), .character("n"), .character("1"), .character("s"), .character("y"),
    ],
    "review": [
      .character("2"), .character("n"), .character("1"), .character("s"), .character("y"),
      .character("r"), .character("n"),
    ],
  ]

  @Test(arguments: ["question", "multiple", "navigator", "confirm", "results", "review"])
  func examScreenMatches(_ name: String) throws {
    let terminal = Self.screen(try #require(Self.scripts[name]))
    try ScreenGoldens.expect(terminal.text, "exam-\(name)")
  }

  @Test func theNavigatorCursorIsDrawnReversed() throws {
    let terminal = Self.screen(try #require(Self.scripts["navigator"]))
    // Question 3 of the grid's first row: cells are 7 columns wide from x = 1, the grid at y = 6.
    #expect(
      terminal.screen.cell(at: Point(x: 15, y: 6))?.style.attributes.contains(.reverse) == true)
    #expect(
      terminal.screen.cell(at: Point(x: 1, y: 6))?.style.attributes.contains(.reverse) == false)
  }

  @Test func theCountdownRunsOnTicksAndTimeUpShowsTheResults() {
    var exam = ExamScreen(session: ExamFixtures.session(limitSeconds: 60))
    _ = exam.tick(at: Fixtures.at(45))
    var frame = Buffer(size: Size(width: 80, height: 24))
    _ = exam.render(into: &frame)
    #expect(frame.lines[0].hasSuffix("Q 1/3 · 0:15 left"))
    let effects = exam.tick(at: Fixtures.at(60))
    #expect(effects.count == 1)
    frame = Buffer(size: Size(width: 80, height: 24))
    _ = exam.render(into: &frame)
    #expect(frame.lines[0].hasSuffix("results"))
    #expect(frame.lines.contains(" Time used 1:00 of 1:00 (time ran out)"))
  }
}
