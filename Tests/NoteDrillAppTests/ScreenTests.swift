import Foundation
import TerminalUI
import Testing

@testable import NoteDrillApp

/// Whole screens from the virtual terminal, compared as text at 80x24 and 40x12.
@Suite struct ScreenTests {

  @Test(arguments: ["home", "choice", "typed", "answer", "help"], ["80x24", "40x12"])
  func screenMatches(_ name: String, _ size: String) throws {
    let parts = size.split(separator: "x").compactMap { Int($0) }
    let terminal = try ScreenScripts.run(
      try #require(ScreenScripts.all.first { $0.0 == name }).1,
      size: Size(width: parts[0], height: parts[1]))
    try ScreenGoldens.expect(terminal.text, "drill-\(name)-\(size)")
  }
}
