/// A problem found while reading notes, with where it is; reported, never thrown.
public struct OutlineDiagnostic: Equatable, Sendable, Codable, CustomStringConvertible {
  /// How serious the problem is.
  public enum Severity: String, Equatable, Sendable, Codable {
    /// Worth saying, nothing skipped (a note read through a symbolic link).
    case note
    /// The file or part was skipped; other notes still count.
    case warning
    /// Nothing could be read from the path.
    case error
  }

  /// How serious it is.
  public var severity: Severity
  /// The file or directory concerned.
  public var path: String
  /// The 1-based line, when the problem is at one place.
  public var line: Int?
  /// What is wrong, written for the user.
  public var message: String

  /// Creates a diagnostic.
  public init(severity: Severity, path: String, line: Int? = nil, message: String) {
    self.severity = severity
    self.path = path
    self.line = line
    self.message = message
  }

  /// `path:line: severity: message`, one line.
  public var description: String {
    let location = line.map { "\(path):\($0)" } ?? path
    return "\(location): \(severity.rawValue): \(message)"
  }
}
