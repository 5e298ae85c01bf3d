import Foundation
import TestSupport
import Testing

/// `--help` of every study command, compared with golden files in `Golden/help/`, so a
/// changed flag or wording shows up in review (re-record with `NOTEDRILL_UPDATE_GOLDEN=1`).
@Suite struct HelpTextTests {
  static let goldens = GoldenFiles(besides: #filePath)

  static let commands: [[String]] = [
    [], ["drill"], ["exam"], ["exam", "history"], ["review"], ["checklist"], ["stats"],
    ["report"], ["config"],
  ]

  @Test(arguments: commands)
  func helpMatchesGolden(_ command: [String]) throws {
    let result = try BinaryRunner.run(command + ["--help"], environment: ["COLUMNS": "80"])
    #expect(result.status == 0, "\(result.stderr)")
    let name = command.isEmpty ? "notedrill" : command.joined(separator: "-")
    try Self.goldens.expect(result.stdout, "help/\(name).txt")
  }
}
