extension Buffer {
  /// A horizontal run of cells that changed between two frames.
  public struct Run: Equatable, Hashable, Sendable {
    /// The row.
    public var y: Int
    /// The first column.
    public var x: Int
    /// How many cells (continuation cells included).
    public var count: Int

    /// Creates a run of `count` cells from column `x` on row `y`.
    public init(y: Int, x: Int, count: Int) {
      self.y = y
      self.x = x
      self.count = count
    }
  }

  /// The runs of cells that differ between `old` and `new`: what a backend must repaint.
  ///
  /// Without an old frame, or when the size changed, every row is one run. A run never starts
  /// on the second half of a wide grapheme: it is widened to include the first half, so
  /// painting a run always starts on a whole grapheme.
  public static func diff(from old: Buffer?, to new: Buffer) -> [Run] {
    let width = new.size.width
    guard let old, old.size == new.size else {
      guard width > 0 else { return [] }
      return (0..<new.size.height).map { Run(y: $0, x: 0, count: width) }
    }
    var runs: [Run] = []
    new.cells.withUnsafeBufferPointer { newCells in
      old.cells.withUnsafeBufferPointer { oldCells in
        for y in 0..<new.size.height {
          appendRuns(row: y, width: width, old: oldCells, new: newCells, to: &runs)
        }
      }
    }
    return runs
  }

  /// Finds the changed runs of one row.
  private static func appendRuns(
    row y: Int, width: Int, old: UnsafeBufferPointer<Cell>, new: UnsafeBufferPointer<Cell>,
    to runs: inout [Run]
  ) {
    let rowStart = y * width
    var x = 0
    while x < width {
      if old[rowStart + x] == new[rowStart + x] {
        x += 1
        continue
      }
      var start = x
      if new[rowStart + x].isContinuation && x > 0 { start = x - 1 }
      x += 1
      while x < width && old[rowStart + x] != new[rowStart + x] { x += 1 }
      runs.append(Run(y: y, x: start, count: x - start))
    }
  }
}
