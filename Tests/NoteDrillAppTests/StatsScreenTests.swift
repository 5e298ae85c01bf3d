import Foundation
import StudyCore
import TerminalUI
import Testing

@testable import NoteDrillApp

/// The Stats screen reached from the home screen, in the virtual terminal at 80x24 and
/// 120x40, compared as text.
@Suite struct StatsScreenTests {
  static func screen(_ size: Size, keys: [Key] = []) throws -> VirtualTerminal {
    let services = FakeServices(questions: ScreenScripts.questions)
    services.progressReport = StatsFixtures.report
    return try ScreenScripts.run([.character("2")] + keys, size: size, services: services)
  }

  @Test(arguments: ["80x24", "120x40"])
  func statsScreenMatches(_ size: String) throws {
    let parts = size.split(separator: "x").compactMap { Int($0) }
    let terminal = try Self.screen(Size(width: parts[0], height: parts[1]))
    let expected = try #require(StatsScreenGoldens.screens[size])
    #expect(terminal.text == expected, "stats \(size)\n\(terminal.text)")
  }
}
