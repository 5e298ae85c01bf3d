/// A width×height grid of cells that a frame is drawn into before the backend paints it.
///
/// Drawing keeps wide graphemes whole: writing one takes two cells (the second a
/// continuation), overwriting either half of a wide grapheme blanks the other half, and a wide
/// grapheme that would cross the right edge (of the grid or of a clip rectangle) leaves a blank
/// column instead. Control characters are drawn as U+FFFD and zero-width graphemes are skipped,
/// so nothing unprintable can reach a terminal.
public struct Buffer: Equatable, Sendable {
  /// The grid's size.
  public let size: Size
  /// The cells, row by row.
  public internal(set) var cells: [Cell]

  /// Creates a grid of `size` filled with `fill`.
  public init(size: Size, fill: Cell = .blank) {
    self.size = Size(width: max(0, size.width), height: max(0, size.height))
    self.cells = Array(repeating: fill, count: self.size.width * self.size.height)
  }

  /// The whole grid as a rectangle.
  public var area: Rect { Rect(size: size) }

  /// The cell at column `x`, row `y`; the point must lie inside the grid.
  public subscript(x: Int, y: Int) -> Cell {
    precondition(x >= 0 && x < size.width && y >= 0 && y < size.height, "cell outside the grid")
    return cells[y * size.width + x]
  }

  /// The cell at `point`, or `nil` outside the grid.
  public func cell(at point: Point) -> Cell? {
    guard area.contains(point) else { return nil }
    return cells[point.y * size.width + point.x]
  }

  /// Draws one grapheme at `point`, clipped to `clip` (and the grid); returns its width.
  ///
  /// The returned width (0, 1 or 2) is how far the next grapheme goes, whether or not this one
  /// was visible. A wide grapheme with only one column inside the clip leaves that column blank.
  @discardableResult
  public mutating func put(
    _ character: Character, at point: Point, style: Style = .plain, clip: Rect? = nil
  ) -> Int {
    var glyph = character
    var glyphWidth = DisplayWidth.width(of: character)
    if DisplayWidth.isControl(character) {
      glyph = DisplayWidth.replacementCharacter
      glyphWidth = 1
    }
    guard glyphWidth > 0 else { return 0 }
    let bounds = clip.map { $0.intersection(area) } ?? area
    let leftVisible = bounds.contains(point)
    if glyphWidth == 1 {
      if leftVisible { replace(point.x, point.y, with: Cell(character: glyph, style: style)) }
      return 1
    }
    let rightVisible = bounds.contains(Point(x: point.x + 1, y: point.y))
    if leftVisible && rightVisible {
      putWide(glyph, x: point.x, y: point.y, style: style)
    } else if leftVisible {
      replace(point.x, point.y, with: .blank(style))
    } else if rightVisible {
      replace(point.x + 1, point.y, with: .blank(style))
    }
    return 2
  }

  /// Places a wide grapheme at `x` and its continuation at `x + 1` (both inside the grid).
  private mutating func putWide(_ glyph: Character, x: Int, y: Int, style: Style) {
    replace(x, y, with: Cell(character: glyph, style: style, width: 2))
    let next = y * size.width + x + 1
    if cells[next].width == 2 && x + 2 < size.width {
      cells[next + 1] = .blank(cells[next + 1].style)
    }
    cells[next] = .continuation(style)
  }

  /// Sets one cell, first blanking the other half of any wide grapheme it cuts in two.
  private mutating func replace(_ x: Int, _ y: Int, with cell: Cell) {
    let index = y * size.width + x
    let old = cells[index].width
    if old == 0 && x > 0 {
      cells[index - 1] = .blank(cells[index - 1].style)
    } else if old == 2 && x + 1 < size.width {
      cells[index + 1] = .blank(cells[index + 1].style)
    }
    cells[index] = cell
  }

  /// Draws `text` on one row from `point`, clipped; returns the columns it advanced.
  ///
  /// `text` should be one line of sanitized text (see ``TerminalText``); a line break or other
  /// control character in it is drawn as U+FFFD.
  @discardableResult
  public mutating func write(
    _ text: String, at point: Point, style: Style = .plain, clip: Rect? = nil
  ) -> Int {
    let bounds = clip.map { $0.intersection(area) } ?? area
    guard point.y >= bounds.y && point.y < bounds.maxY else { return DisplayWidth.width(of: text) }
    var x = point.x
    if DisplayWidth.printableASCIICount(text.utf8) != nil {
      // One byte is one cell: no grapheme breaking, no width lookup.
      for byte in text.utf8 {
        if x >= bounds.x && x < bounds.maxX {
          replace(x, point.y, with: Cell(character: Character(Unicode.Scalar(byte)), style: style))
        }
        x += 1
      }
      return x - point.x
    }
    for character in text {
      x += put(character, at: Point(x: x, y: point.y), style: style, clip: bounds)
    }
    return x - point.x
  }

  /// Fills `rect` (clipped to the grid) with blank cells of `style`.
  public mutating func fill(_ rect: Rect, style: Style = .plain) {
    let bounds = rect.intersection(area)
    guard !bounds.isEmpty else { return }
    for y in bounds.y..<bounds.maxY {
      for x in bounds.x..<bounds.maxX {
        replace(x, y, with: .blank(style))
      }
    }
  }

  /// Resets every cell to a default blank.
  public mutating func clear() {
    for index in cells.indices { cells[index] = .blank }
  }

  /// Changes the style of the cells in `rect` without touching their text.
  public mutating func restyle(_ rect: Rect, style: Style) {
    let bounds = rect.intersection(area)
    guard !bounds.isEmpty else { return }
    for y in bounds.y..<bounds.maxY {
      for x in bounds.x..<bounds.maxX {
        cells[y * size.width + x].style = style
      }
    }
  }
}
