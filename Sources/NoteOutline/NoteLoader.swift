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
  /// The largest note read, in bytes; a larger file is reported and skipped (the cap holds
  /// while reading, not only by the size the file claims).
  public static let maximumFileSize = 16 * 1024 * 1024
  /// File extensions a directory scan picks up.
  public static let markdownExtensions: Set<String> = ["md", "markdown", "mdown", "mkd"]

  /// Reads every path: a file is read whatever its extension; a directory is scanned
  /// recursively for Markdown files (hidden entries skipped). Never throws.
  public static func load(paths: [String]) -> LoadedNotes {
    var result = LoadedNotes()
    for path in paths {
      var info = stat()
      guard stat(path, &info) == 0 else {
        let problem = RegularFile.problem(at: path) ?? .missing
        result.diagnostics.append(
          OutlineDiagnostic(
            severity: .error, path: path, message: NoteReadError(problem).message))
        continue
      }
      if info.st_mode & S_IFMT == S_IFDIR {
        loadDirectory(path, into: &result)
      } else {
        loadFile(path, severity: .error, into: &result)
      }
    }
    return result
  }

  private static func loadDirectory(_ path: String, into result: inout LoadedNotes) {
    let (files, links) = scan(path)
    result.diagnostics.append(contentsOf: links)
    if files.isEmpty {
      result.diagnostics.append(
        OutlineDiagnostic(
          severity: .error, path: path, message: "no Markdown (.md) files in this directory"))
      return
    }
    for file in files { loadFile(file, severity: .warning, into: &result) }
  }

  /// Markdown files under `directory`, sorted by path; a symbolic link to a regular file counts
  /// (it is read through the link), links to anything else do not.
  public static func markdownFiles(in directory: String) -> [String] {
    scan(directory).files
  }

  /// The Markdown files under `directory`, and a diagnostic for each symbolic link met: a link
  /// to a note is read through (said as a note), a link to a folder is not followed (so no
  /// loop), a link to nothing or to a special file is skipped; none is left out silently.
  static func scan(_ directory: String) -> (files: [String], links: [OutlineDiagnostic]) {
    let base = URL(fileURLWithPath: directory)
    guard
      let enumerator = FileManager.default.enumerator(
        at: base, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
        options: [.skipsHiddenFiles, .skipsPackageDescendants])
    else { return ([], []) }
    var files: [String] = []
    var links: [OutlineDiagnostic] = []
    for case let url as URL in enumerator {
      var info = stat()
      guard lstat(url.path, &info) == 0 else { continue }
      let isLink = info.st_mode & S_IFMT == S_IFLNK
      let isMarkdown = markdownExtensions.contains(url.pathExtension.lowercased())
      if !isLink {
        if isMarkdown, info.st_mode & S_IFMT == S_IFREG { files.append(url.path) }
        continue
      }
      if let diagnostic = linkDiagnostic(url.path, isMarkdown: isMarkdown) {
        links.append(diagnostic)
      }
      if isMarkdown, RegularFile.problem(at: url.path) == nil { files.append(url.path) }
    }
    return (files.sorted(), links.sorted { $0.path < $1.path })
  }

  /// What a scan says about the symbolic link at `path`.
  private static func linkDiagnostic(_ path: String, isMarkdown: Bool) -> OutlineDiagnostic? {
    let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
    switch RegularFile.problem(at: path) {
    case nil:
      guard isMarkdown else { return nil }
      return OutlineDiagnostic(
        severity: .note, path: path, message: "a symbolic link to \(target); read through it")
    case .notRegular(let kind) where kind == RegularFile.kind(of: S_IFDIR):
      return OutlineDiagnostic(
        severity: .note, path: path,
        message: "a symbolic link to the folder \(target); not followed (give it as a path)")
    case let problem?:
      guard isMarkdown else { return nil }
      return OutlineDiagnostic(
        severity: .warning, path: path, message: NoteReadError(problem).message + "; skipped")
    }
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
  /// Only a regular file (or a link to one) is read, and never more than
  /// ``maximumFileSize`` bytes of it: a FIFO, `/dev/zero` or a folder is refused at once.
  public static func readNote(_ path: String) -> Result<String, NoteReadError> {
    switch RegularFile.read(path, limit: maximumFileSize) {
    case .success(let data): return decode(data).flatMap(checkEmpty)
    case .failure(let problem): return .failure(NoteReadError(problem))
    }
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
  /// Could not be opened (permissions, an I/O error).
  case unreadable
  /// Nothing at the path.
  case missing
  /// A symbolic link whose target is missing.
  case danglingLink
  /// Symbolic links that loop.
  case linkLoop
  /// Not a regular file: a FIFO, a device, a socket or a folder (`kind` says which).
  case notRegular(kind: String)

  /// The reading problem as a note problem.
  public init(_ problem: RegularFile.Problem) {
    switch problem {
    case .missing: self = .missing
    case .danglingLink: self = .danglingLink
    case .linkLoop: self = .linkLoop
    case .notRegular(let kind): self = .notRegular(kind: kind)
    case .tooLarge(let bytes): self = .tooLarge(bytes: bytes)
    case .unreadable: self = .unreadable
    }
  }

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
    case .missing: return "no such file or directory"
    case .danglingLink: return "a symbolic link to a file that does not exist"
    case .linkLoop: return "a loop of symbolic links (too many levels); nothing to read"
    case .notRegular(let kind): return "\(kind), not a regular file; only files are read"
    }
  }
}
