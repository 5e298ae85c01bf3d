extension Buffer {
  /// Row `y` as text: continuation cells omitted (so Korean reads naturally), trailing
  /// spaces trimmed.
  public func line(_ y: Int) -> String {
    guard y >= 0 && y < size.height else { return "" }
    var line = ""
    var pendingSpaces = 0
    let start = y * size.width
    for cell in cells[start..<start + size.width] where !cell.isContinuation {
      if cell.character == " " {
        pendingSpaces += 1
        continue
      }
      if pendingSpaces > 0 {
        line += String(repeating: " ", count: pendingSpaces)
        pendingSpaces = 0
      }
      line.append(cell.character)
    }
    return line
  }

  /// Every row as text (see ``line(_:)``).
  public var lines: [String] {
    (0..<size.height).map { line($0) }
  }

  /// The grid as text, rows joined by newlines, for tests and snapshots.
  public var text: String {
    lines.joined(separator: "\n")
  }

  /// The cells of row `y` from column `x`, `count` long: for painting a ``Buffer/Run``.
  public func cells(row y: Int, from x: Int, count: Int) -> ArraySlice<Cell> {
    let start = y * size.width + x
    return cells[start..<start + count]
  }
}
