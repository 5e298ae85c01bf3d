import Foundation

/// What reading a set of note paths gave: the notes that could be read, and what went wrong.
public struct LoadedNotes: Sendable {
  /// Notes read, in path order (directories scanned in sorted order).
  public var documents: [NoteDocument]
  /// Problems with paths and files, and those found inside notes.
  public var diagnostics: [OutlineDiagnostic]

  /// Creates a result.
  public init(documents: [NoteDocument] = [], diagnostics: [OutlineDiagnostic] = []) {
    self.documents = documents
    self.diagnostics = diagnostics
  }
}

/// Finds and reads Markdown notes from files and directories.
public enum NoteLoader {
  /// The largest note read, in bytes; a larger file is reported and skipped.
  public static let maximumFileSize = 16 * 1024 * 1024
  /// File extensions a directory scan picks up.
  public static let markdownExtensions: Set<String> = ["md", "markdown", "mdown", "mkd"]

  /// Reads every path: a file is read whatever its extension; a directory is scanned
  /// recursively for Markdown files (hidden entries skipped). Never throws.
  public static func load(paths: [String]) -> LoadedNotes {
    var result = LoadedNotes()
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        result.diagnostics.append(
          OutlineDiagnostic(severity: .error, path: path, message: "no such file or directory"))
        continue
      }
      if isDirectory.boolValue {
        loadDirectory(path, into: &result)
      } else {
        loadFile(path, severity: .error, into: &result)
      }
    }
    return result
  }

  private static func loadDirectory(_ path: String, into result: inout LoadedNotes) {
    let files = markdownFiles(in: path)
    if files.isEmpty {
      result.diagnostics.append(
        OutlineDiagnostic(
          severity: .error, path: path, message: "no Markdown (.md) files in this directory"))
      return
    }
    for file in files { loadFile(file, severity: .warning, into: &result) }
  }

  /// Markdown files under `directory`, sorted by path.
  public static func markdownFiles(in directory: String) -> [String] {
    let base = URL(fileURLWithPath: directory)
    guard
      let enumerator = FileManager.default.enumerator(
        at: base, includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles, .skipsPackageDescendants])
    else { return [] }
    var files: [String] = []
    for case let url as URL in enumerator
    where markdownExtensions.contains(url.pathExtension.lowercased()) {
      let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
      if isFile { files.append(url.path) }
    }
    return files.sorted()
  }

  private static func loadFile(
    _ path: String, severity: OutlineDiagnostic.Severity, into result: inout LoadedNotes
  ) {
    switch readNote(path) {
    case .success(let text):
      let document = OutlineParser.parse(text, path: path)
      result.diagnostics.append(contentsOf: document.diagnostics)
      result.documents.append(document)
    case .failure(let problem):
      let skipped = severity == .warning ? "; skipped" : ""
      result.diagnostics.append(
        OutlineDiagnostic(severity: severity, path: path, message: problem.message + skipped))
    }
  }

  /// Reads a note's text, checking size, emptiness, binary content and UTF-8.
  public static func readNote(_ path: String) -> Result<String, NoteReadError> {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    if let size = (attributes?[.size] as? NSNumber)?.intValue, size > maximumFileSize {
      return .failure(.tooLarge(bytes: size))
    }
    guard let handle = FileHandle(forReadingAtPath: path) else { return .failure(.unreadable) }
    defer { try? handle.close() }
    guard let data = try? handle.readToEnd() else { return .success("").flatMap(checkEmpty) }
    if data.count > maximumFileSize { return .failure(.tooLarge(bytes: data.count)) }
    return decode(data).flatMap(checkEmpty)
  }

  private static func checkEmpty(_ text: String) -> Result<String, NoteReadError> {
    text.unicodeScalars.allSatisfy(\.isSpaceLike) ? .failure(.empty) : .success(text)
  }

  /// Decodes UTF-8, refusing binary data (NUL bytes) and invalid sequences.
  static func decode(_ data: Data) -> Result<String, NoteReadError> {
    if data.contains(0) { return .failure(.binary) }
    if let text = String(validating: data, as: UTF8.self) { return .success(text) }
    return .failure(.notUTF8(line: firstInvalidLine(data)))
  }

  /// The 1-based line of the first byte that breaks UTF-8.
  static func firstInvalidLine(_ data: Data) -> Int {
    var line = 1
    var lineStart = data.startIndex
    for index in data.indices where data[index] == UInt8(ascii: "\n") {
      if String(validating: data[lineStart..<index], as: UTF8.self) == nil { return line }
      line += 1
      lineStart = index + 1
    }
    return line
  }
}

/// Why a note could not be read.
public enum NoteReadError: Error, Equatable, Sendable {
  /// Larger than `NoteLoader.maximumFileSize`.
  case tooLarge(bytes: Int)
  /// Empty or only white space.
  case empty
  /// Contains NUL bytes: not a text file.
  case binary
  /// Not valid UTF-8; the line of the first bad byte.
  case notUTF8(line: Int)
  /// Could not be opened (permissions, a special file).
  case unreadable

  /// The problem in words, for `path: message` lines.
  public var message: String {
    switch self {
    case .tooLarge(let bytes):
      let megabytes = Double(bytes) / 1_048_576
      let limit = NoteLoader.maximumFileSize / 1_048_576
      return String(
        format: "file is too large (%.1f MB); notes up to %d MB are read", megabytes, limit)
    case .empty: return "empty file, nothing to study"
    case .binary: return "binary file, not Markdown text"
    case .notUTF8(let line): return "not UTF-8 text (invalid byte on line \(line))"
    case .unreadable: return "cannot be opened for reading (check permissions)"
    }
  }
}
