/// The lines a box is drawn with.
public enum BorderStyle: Sendable {
  /// Box-drawing characters (`┌─┐`); one column wide on most terminals.
  case line
  /// ASCII (`+-|`), for terminals that draw box characters two columns wide.
  case ascii

  /// Corners and edges: top-left, top-right, bottom-left, bottom-right, horizontal, vertical.
  var pieces: (Character, Character, Character, Character, Character, Character) {
    switch self {
    case .line: return ("┌", "┐", "└", "┘", "─", "│")
    case .ascii: return ("+", "+", "+", "+", "-", "|")
    }
  }
}

/// A bordered box drawn over the screen (the help overlay): a title in the top border, wrapped
/// body text inside, an optional footer in the bottom border. Everything under it is cleared.
public struct OverlayBox: Widget, Sendable {
  /// Shown centred in the top border.
  public var title: String
  /// The contents; wrapped, newlines honoured.
  public var body: String
  /// Shown centred in the bottom border (`Esc 닫기`).
  public var footer: String
  /// The first body line shown.
  public var scrollOffset: Int
  /// Border characters.
  public var border: BorderStyle
  /// Style of border, title and body.
  public var style: Style

  /// Creates an overlay box.
  public init(
    title: String, body: String, footer: String = "", scrollOffset: Int = 0,
    border: BorderStyle = .line, style: Style = .plain
  ) {
    self.title = title
    self.body = body
    self.footer = footer
    self.scrollOffset = scrollOffset
    self.border = border
    self.style = style
  }

  /// The box's rectangle centred in `screen`: as wide as its content up to `maxWidth`, as tall
  /// as the wrapped body, both limited to the screen.
  public func frame(in screen: Rect, maxWidth: Int = 64) -> Rect {
    let bodyLines = TerminalText.sanitize(body).split(
      separator: "\n", omittingEmptySubsequences: false)
    let widest = bodyLines.map { DisplayWidth.width(of: $0) }.max() ?? 0
    let titleWidth = DisplayWidth.width(of: title) + 2
    let width = min(
      max(widest, titleWidth, DisplayWidth.width(of: footer) + 2) + 4, maxWidth, screen.width)
    let height = DisplayWidth.wrap(TerminalText.sanitize(body), width: max(1, width - 4)).count + 2
    return screen.centered(width: width, height: min(height, screen.height))
  }

  /// Clears `area` and draws the border, title, body and footer into it.
  public func render(into buffer: inout Buffer, area: Rect) {
    guard area.width >= 2 && area.height >= 2 else { return }
    buffer.fill(area, style: style)
    drawBorder(into: &buffer, area: area)
    let inner = area.insetBy(dx: 2, dy: 1)
    caption(title, into: &buffer, row: area.y, area: area)
    caption(footer, into: &buffer, row: area.maxY - 1, area: area)
    guard !inner.isEmpty else { return }
    TextBlock(body, style: style, scrollOffset: scrollOffset).render(into: &buffer, area: inner)
  }

  /// The four edges and corners.
  private func drawBorder(into buffer: inout Buffer, area: Rect) {
    let (topLeft, topRight, bottomLeft, bottomRight, horizontal, vertical) = border.pieces
    for x in area.x + 1..<area.maxX - 1 {
      buffer.put(horizontal, at: Point(x: x, y: area.y), style: style)
      buffer.put(horizontal, at: Point(x: x, y: area.maxY - 1), style: style)
    }
    for y in area.y + 1..<area.maxY - 1 {
      buffer.put(vertical, at: Point(x: area.x, y: y), style: style)
      buffer.put(vertical, at: Point(x: area.maxX - 1, y: y), style: style)
    }
    buffer.put(topLeft, at: Point(x: area.x, y: area.y), style: style)
    buffer.put(topRight, at: Point(x: area.maxX - 1, y: area.y), style: style)
    buffer.put(bottomLeft, at: Point(x: area.x, y: area.maxY - 1), style: style)
    buffer.put(bottomRight, at: Point(x: area.maxX - 1, y: area.maxY - 1), style: style)
  }

  /// ` text ` centred in a border row, truncated to leave the corners.
  private func caption(_ text: String, into buffer: inout Buffer, row: Int, area: Rect) {
    let clean = TerminalText.sanitize(text, keepingNewlines: false)
    guard !clean.isEmpty, area.width >= 5 else { return }
    let label = " " + DisplayWidth.truncate(clean, toWidth: area.width - 4) + " "
    let x =
      area.x
      + DisplayWidth.centeringOffset(
        contentWidth: DisplayWidth.width(of: label), inWidth: area.width)
    let inside = Rect(x: area.x + 1, y: row, width: area.width - 2, height: 1)
    buffer.write(label, at: Point(x: x, y: row), style: style.adding(.bold), clip: inside)
  }

  /// Key hints as aligned two-column text (`key   action`) for a help overlay's body.
  public static func keyTable(_ hints: [KeyHint]) -> String {
    let keyWidth = hints.map { DisplayWidth.width(of: $0.key) }.max() ?? 0
    return hints.map { DisplayWidth.pad($0.key, toWidth: keyWidth) + "  " + $0.action }
      .joined(separator: "\n")
  }
}
