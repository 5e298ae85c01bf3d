import TestSupport
import Testing

/// Whole-screen goldens in `Golden/screens/` beside this file (re-recorded with
/// `NOTEDRILL_UPDATE_GOLDEN=1`).
enum ScreenGoldens {
  static let files = GoldenFiles(besides: #filePath)

  /// Compares a screen's text with `screens/<name>.txt`.
  static func expect(
    _ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try files.expect(text, "screens/\(name).txt", sourceLocation: sourceLocation)
  }
}
