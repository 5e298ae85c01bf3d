import Foundation
import Testing

/// Expected outputs kept as files in a test target's `Golden/` folder (report formats, whole
/// screens), compared exactly and re-recorded with `NOTEDRILL_UPDATE_GOLDEN=1`.
public struct GoldenFiles: Sendable {
  /// The folder the files live in, in the source tree.
  public let folder: URL

  /// The `Golden` folder beside `filePath` (pass `#filePath` of a file at the test target's
  /// root).
  public init(besides filePath: String) {
    folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden")
  }

  /// Whether this run re-records golden files instead of comparing them.
  public static var isUpdating: Bool {
    ProcessInfo.processInfo.environment["NOTEDRILL_UPDATE_GOLDEN"] == "1"
  }

  /// The text of golden file `name` (a path under the folder), or `nil` when it is missing.
  public func text(_ name: String) -> String? {
    try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  /// Compares `actual` with golden file `name`; with `NOTEDRILL_UPDATE_GOLDEN=1` rewrites the
  /// file instead (and the test still fails, so no run passes by writing its own expectation).
  public func expect(
    _ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    if Self.isUpdating {
      let url = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      Issue.record("rewrote golden file \(name)", sourceLocation: sourceLocation)
      return
    }
    let expected = try #require(text(name), "missing golden file \(name)")
    #expect(actual == expected, "\(name) differs:\n\(actual)", sourceLocation: sourceLocation)
  }
}
