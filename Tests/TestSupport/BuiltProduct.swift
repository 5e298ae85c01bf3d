import Foundation

/// The executables `swift test` builds next to the test bundle (`notedrill`, `terminalui-demo`).
public enum BuiltProduct {
  /// The path of the built executable `name`, or `nil` when it is not there.
  ///
  /// On Linux the bundle is `.build/debug/NoteDrillPackageTests.xctest`; on macOS it is a
  /// folder, so the search climbs a few levels from it.
  public static func path(_ name: String) -> String? {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent(name).path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      directory.deleteLastPathComponent()
    }
    return nil
  }
}
