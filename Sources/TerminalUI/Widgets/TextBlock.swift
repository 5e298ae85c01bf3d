/// A block of text wrapped to its rectangle by display columns and scrolled vertically.
public struct TextBlock: Widget, Sendable {
  /// The text; sanitized before drawing, explicit newlines honoured.
  public var text: String
  /// How every line is drawn.
  public var style: Style
  /// The first wrapped line shown (clamped to the content).
  public var scrollOffset: Int
  /// Where each line sits across the rectangle.
  public var alignment: TextAlignment

  /// Creates a text block.
  public init(
    _ text: String, style: Style = .plain, scrollOffset: Int = 0, alignment: TextAlignment = .left
  ) {
    self.text = text
    self.style = style
    self.scrollOffset = scrollOffset
    self.alignment = alignment
  }

  /// The wrapped lines at `width` columns (what scrolling counts).
  public func lines(width: Int) -> [String] {
    DisplayWidth.wrap(TerminalText.sanitize(text), width: width)
  }

  /// The largest useful scroll offset for `lineCount` lines shown `height` rows at a time.
  public static func maxScrollOffset(lineCount: Int, height: Int) -> Int {
    max(0, lineCount - max(0, height))
  }

  /// Draws the visible lines, starting at the clamped ``scrollOffset``.
  public func render(into buffer: inout Buffer, area: Rect) {
    guard !area.isEmpty else { return }
    let wrapped = lines(width: area.width)
    Self.draw(
      wrapped, into: &buffer, area: area, style: style, scrollOffset: scrollOffset,
      alignment: alignment)
  }

  /// Draws already wrapped `lines` from `scrollOffset` (clamped) into `area`.
  public static func draw(
    _ lines: [String], into buffer: inout Buffer, area: Rect, style: Style = .plain,
    scrollOffset: Int = 0, alignment: TextAlignment = .left
  ) {
    let first = min(
      max(0, scrollOffset), maxScrollOffset(lineCount: lines.count, height: area.height))
    let visible = lines.dropFirst(first).prefix(area.height)
    for (row, line) in visible.enumerated() {
      var x = area.x
      if alignment != .left {
        let spare = area.width - DisplayWidth.width(of: line)
        x += alignment == .center ? max(0, spare / 2) : max(0, spare)
      }
      buffer.write(line, at: Point(x: x, y: area.y + row), style: style, clip: area)
    }
  }
}
