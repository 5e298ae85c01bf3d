/// Column alignment of a GFM table.
public enum ColumnAlignment: String, Equatable, Sendable, Codable {
  /// No alignment given.
  case none
  /// `:---`
  case left
  /// `:---:`
  case center
  /// `---:`
  case right
}

/// A GFM table with cells reduced to text.
public struct Table: Equatable, Sendable, Codable {
  /// The header cells.
  public var header: [String]
  /// The body rows; each row has as many cells as the header.
  public var rows: [[String]]
  /// Alignment per column.
  public var alignments: [ColumnAlignment]
  /// The 1-based line of the header row.
  public var line: Int
  /// The 1-based line of each body row.
  public var rowLines: [Int]

  /// Creates a table.
  public init(
    header: [String], rows: [[String]], alignments: [ColumnAlignment], line: Int, rowLines: [Int]
  ) {
    self.header = header
    self.rows = rows
    self.alignments = alignments
    self.line = line
    self.rowLines = rowLines
  }
}
