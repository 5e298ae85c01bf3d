/// The largest tables and diagrams worth asking about. Beyond these a table or diagram says
/// more than any question can use, and asking it would cost time and memory out of proportion
/// to what it gives: the bank cuts or skips it and says so in a ``BankWarning``.
public enum BankLimits {
  /// A data table wider than this is asked on its first columns only (row key included).
  /// A comparison table wider than this is not asked: which side has a value cannot be told
  /// from part of the sides.
  public static let maximumTableColumns = 32
  /// A flowchart with more nodes than this is not asked (its chains and neighbours are no
  /// longer something to recall).
  public static let maximumDiagramNodes = 200
}

/// Something in a note the bank cut or skipped for its size, with where it is.
public struct BankWarning: Equatable, Sendable, Codable {
  /// The note's path as read.
  public var path: String
  /// The 1-based line of the table or diagram.
  public var line: Int
  /// What was cut or skipped, and why.
  public var message: String

  /// Creates a warning.
  public init(path: String, line: Int, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  /// `path:line: warning: message`, as the notes' other diagnostics are printed.
  public var description: String { "\(path):\(line): warning: \(message)" }
}
