import Foundation

/// Where the notes to study are: `--notes DIR`, else `$NOTEDRILL_NOTES`, else the folders the
/// learner's config file names, else bundled `Content/`.
public struct NotesLocation: Equatable, Sendable {
  /// How the location was chosen, for messages.
  public enum Origin: String, Equatable, Sendable {
    /// `--notes` on the command line.
    case option = "--notes"
    /// The `NOTEDRILL_NOTES` environment variable.
    case environment = "NOTEDRILL_NOTES"
    /// The `notes` key of the learner's config file.
    case configFile = "config file"
    /// The `Content/` folder that ships with NoteDrill.
    case bundled = "bundled Content/"
  }

  /// The directory (or file) holding the notes; the first of ``paths``.
  public var path: String
  /// Every folder to read: one, unless the config file names several.
  public var paths: [String]
  /// How it was chosen.
  public var origin: Origin

  /// Creates a location of one folder (or file), or of several.
  public init(path: String, origin: Origin, morePaths: [String] = []) {
    self.path = path
    self.paths = [path] + morePaths
    self.origin = origin
  }

  /// Resolves the notes location from the option, the environment and the executable's place.
  ///
  /// The bundled `Content/` is looked for, in order: `PREFIX/share/notedrill/Content` for a
  /// binary installed in `PREFIX/bin`; a `Content/` beside a `Package.swift` in any folder
  /// above the executable (covers `make run`, `swift run` and `.build/*/notedrill`); the
  /// source tree the binary was built from. `nil` when none exists.
  public static func resolve(
    option: String?, environment: [String: String], configured: [String] = [],
    executablePath: String
  ) -> NotesLocation? {
    if let option, !option.isEmpty { return NotesLocation(path: option, origin: .option) }
    if let env = environment["NOTEDRILL_NOTES"], !env.isEmpty {
      return NotesLocation(path: env, origin: .environment)
    }
    if let first = configured.first {
      return NotesLocation(
        path: first, origin: .configFile, morePaths: Array(configured.dropFirst()))
    }
    return bundledContent(executablePath: executablePath).map {
      NotesLocation(path: $0, origin: .bundled)
    }
  }

  /// The bundled `Content/` directory, if one can be found.
  public static func bundledContent(executablePath: String) -> String? {
    let fileManager = FileManager.default
    let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
    var candidates: [URL] = []
    let binDir = executable.deletingLastPathComponent()
    candidates.append(
      binDir.deletingLastPathComponent().appendingPathComponent("share/notedrill/Content"))
    var dir = binDir
    for _ in 0..<6 {
      if fileManager.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
        candidates.append(dir.appendingPathComponent("Content"))
      }
      dir.deleteLastPathComponent()
    }
    // The package this binary was built from: Sources/NoteOutline/NotesLocation.swift → root.
    let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(sourceRoot.appendingPathComponent("Content"))
    for candidate in candidates {
      var isDirectory: ObjCBool = false
      if fileManager.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
        isDirectory.boolValue
      {
        return candidate.standardizedFileURL.path
      }
    }
    return nil
  }
}
