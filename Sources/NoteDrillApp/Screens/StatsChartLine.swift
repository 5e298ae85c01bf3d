import TerminalUI

/// One row of the Stats screen: pieces of text, each with its own style.
struct ChartLine: Equatable {
  var pieces: [(text: String, style: Style)] = []

  init() {}

  init(_ text: String, style: Style = .plain) {
    pieces = [(text, style)]
  }

  static func == (lhs: ChartLine, rhs: ChartLine) -> Bool {
    lhs.pieces.map(\.text) == rhs.pieces.map(\.text)
      && lhs.pieces.map(\.style) == rhs.pieces.map(\.style)
  }

  /// Adds `text` (note text is sanitized first) in `style`.
  mutating func add(_ text: String, _ style: Style = .plain) {
    pieces.append((TerminalText.sanitize(text), style))
  }

  /// The columns it takes.
  var width: Int { pieces.reduce(0) { $0 + DisplayWidth.width(of: $1.text) } }

  /// This line cut to `width` columns, with `…` where text was cut.
  func truncated(to width: Int) -> ChartLine {
    var result = ChartLine()
    var left = width
    for piece in pieces {
      let pieceWidth = DisplayWidth.width(of: piece.text)
      if pieceWidth <= left {
        result.pieces.append(piece)
        left -= pieceWidth
      } else {
        if left > 0 {
          result.pieces.append((DisplayWidth.truncate(piece.text, toWidth: left), piece.style))
        }
        break
      }
    }
    return result
  }

  /// This line padded with spaces to `width` columns (cut first when longer).
  func padded(to width: Int) -> ChartLine {
    var result = truncated(to: width)
    let gap = width - result.width
    if gap > 0 { result.pieces.append((String(repeating: " ", count: gap), .plain)) }
    return result
  }

  /// Two columns side by side: `left` padded to `leftWidth`, a gap, then `right`.
  static func columns(
    _ left: [ChartLine], _ right: [ChartLine], leftWidth: Int, gap: Int
  ) -> [ChartLine] {
    (0..<max(left.count, right.count)).map { index in
      var line =
        index < left.count
        ? left[index].padded(to: leftWidth)
        : ChartLine().padded(
          to: leftWidth)
      line.pieces.append((String(repeating: " ", count: gap), .plain))
      if index < right.count { line.pieces += right[index].pieces }
      return line
    }
  }

  /// Draws the line at `point`, clipped to `clip`.
  func draw(into buffer: inout Buffer, at point: Point, clip: Rect) {
    var x = point.x
    for piece in pieces {
      x += buffer.write(piece.text, at: Point(x: x, y: point.y), style: piece.style, clip: clip)
    }
  }
}
