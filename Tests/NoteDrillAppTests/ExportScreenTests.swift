import Foundation
import StudyCore
import TerminalUI
import Testing

@testable import NoteDrillApp

/// Export report from the home screen: choose a format, edit the file, see where it went.
@Suite struct ExportScreenTests {
  static func run(_ keys: [Key], services: FakeServices) throws -> VirtualTerminal {
    try ScreenScripts.run(
      [.character("6")] + keys, size: Size(width: 80, height: 24), services: services)
  }

  static func typing(_ text: String) -> [Key] { text.map { Key.character($0) } }

  @Test func defaultNameIsOfferedAndWhereItWroteIsShown() throws {
    let services = FakeServices(questions: ScreenScripts.questions)
    let keys: [Key] =
      [.character("j"), .enter, .ctrl("u")] + Self.typing("/tmp/progress.md")
      + [.enter]
    let terminal = try Self.run(keys, services: services)
    #expect(services.exported.map(\.0) == [.markdown])
    #expect(services.exported.map(\.1) == ["/tmp/progress.md"])
    #expect(terminal.lines.contains { $0.contains("Wrote /tmp/progress.md") })
    #expect(terminal.lines.last?.hasPrefix("r again") == true)
  }

  @Test func aFailedWriteSaysWhyAndROffersTheFileAgain() throws {
    let services = FakeServices(questions: ScreenScripts.questions)
    let terminal = try Self.run([.character("4"), .enter, .character("r")], services: services)
    #expect(services.exported.map(\.1) == ["notedrill-report-2024-03-01.csv"])
    #expect(terminal.text.contains("notedrill-report-2024-03-01.csv"))
    #expect(!terminal.text.contains("Not written"))
    let failed = try Self.run([.character("4"), .enter], services: services)
    #expect(failed.text.contains("Not written: no folder x"))
  }

  @Test func pathStepAt80x24() throws {
    let services = FakeServices(questions: ScreenScripts.questions)
    let terminal = try Self.run([.enter], services: services)
    let expected = """
       NoteDrill · Export report                                           2024-03-01

        Format
          1. [x] HTML page (.html)
          2. [ ] Markdown (.md)
          3. [ ] JSON data (.json)
          4. [ ] CSV, one row per question (.csv)

        File
        notedrill-report-2024-03-01.html
        relative to /home/learner












      Enter write  Ctrl-U clear  Esc format
      """
    #expect(terminal.text == expected, "\n\(terminal.text)")
    #expect(terminal.cursor == Point(x: 34, y: 9))
  }

  @Test func escapeGoesBackAndQLeaves() {
    var screen = ExportScreen(studyDay: "2024-03-01", folder: "/x")
    #expect(screen.update(.enter).isEmpty)
    #expect(screen.step == .path)
    #expect(screen.update(.escape).isEmpty)
    #expect(screen.step == .format)
    #expect(screen.update(.character("q")) == [.close])
    var empty = ExportScreen(studyDay: "2024-03-01", folder: "/x")
    _ = empty.update(.enter)
    _ = empty.update(.ctrl("u"))
    #expect(empty.update(.enter).isEmpty, "an empty file name is not written")
    #expect(empty.step == .path)
  }
}
