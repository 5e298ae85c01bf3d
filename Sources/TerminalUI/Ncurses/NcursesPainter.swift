import CNcursesw

/// Writes changed cells into ncurses' `stdscr` with `mvwadd_wch`, one whole grapheme a cell.
struct NcursesPainter {
  /// Styles to ncurses renditions.
  var palette: NcursesPalette

  /// Paints the cells of `run` from `frame` that lie inside `limit` (the terminal's size).
  mutating func paint(_ run: Buffer.Run, of frame: Buffer, limit: Size) {
    guard run.y < limit.height else { return }
    let end = min(run.x + run.count, limit.width)
    var x = run.x
    while x < end {
      let cell = frame[x, run.y]
      if !cell.isContinuation {
        // A wide grapheme whose second column is off screen is drawn as a blank.
        let fits = cell.width < 2 || x + 1 < limit.width
        paint(fits ? cell : .blank(cell.style), x: x, y: run.y)
      }
      x += 1
    }
  }

  /// Paints one cell; a grapheme the C library measures differently from us is simplified.
  private mutating func paint(_ cell: Cell, x: Int, y: Int) {
    let (attributes, pair) = palette.rendition(for: cell.style)
    let width = Int(cell.width)
    withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: Int(CCHARW_MAX) + 1) { text in
      var fallback = false
      if !Self.load(cell.character, into: text, cellWidth: width) {
        fallback = !Self.loadFirstScalar(of: cell.character, into: text, cellWidth: width)
      }
      if fallback {
        text[0] = wchar_t(0xFFFD)
        text[1] = 0
      }
      var complex = cchar_t()
      _ = setcchar(&complex, text.baseAddress, attributes, pair, nil)
      _ = mvwadd_wch(nd_stdscr(), Int32(y), Int32(x), &complex)
      if fallback && width == 2 {
        // U+FFFD is one column: blank the second so the row stays aligned.
        text[0] = wchar_t(0x20)
        _ = setcchar(&complex, text.baseAddress, attributes, pair, nil)
        _ = mvwadd_wch(nd_stdscr(), Int32(y), Int32(x + 1), &complex)
      }
    }
  }

  /// Loads every scalar of `character` (NUL-terminated) when ncurses can draw them as one cell
  /// of `cellWidth` columns: one spacing scalar of that width followed by non-spacing ones.
  private static func load(
    _ character: Character, into text: UnsafeMutableBufferPointer<wchar_t>, cellWidth: Int
  ) -> Bool {
    var count = 0
    for scalar in character.unicodeScalars {
      guard count < text.count - 1 else { return false }
      let value = wchar_t(bitPattern: scalar.value)
      if scalar.value >= 0x80 {
        let expected = count == 0 ? cellWidth : 0
        guard nd_wcwidth(value) == expected else { return false }
      }
      text[count] = value
      count += 1
    }
    text[count] = 0
    return count > 0
  }

  /// Loads only the first scalar of `character` if the C library agrees on its width
  /// (an emoji ZWJ sequence is drawn as its first emoji).
  private static func loadFirstScalar(
    of character: Character, into text: UnsafeMutableBufferPointer<wchar_t>, cellWidth: Int
  ) -> Bool {
    guard let first = character.unicodeScalars.first else { return false }
    let value = wchar_t(bitPattern: first.value)
    guard first.value < 0x80 || nd_wcwidth(value) == cellWidth else { return false }
    text[0] = value
    text[1] = 0
    return true
  }
}
