/// A one-row bar: a title on the left, an optional status on the right, both truncated by
/// display columns so they never collide.
public struct TitleBar: Widget, Sendable {
  /// The left text (truncated with an ellipsis when space runs out).
  public var title: String
  /// The right text (a count, a mode); gets at most half the row.
  public var trailing: String
  /// The style of the whole row.
  public var style: Style

  /// Creates a title bar.
  public init(_ title: String, trailing: String = "", style: Style = .reverse) {
    self.title = title
    self.trailing = trailing
    self.style = style
  }

  /// Fills the first row of `area` and draws the title and status with one column of padding.
  public func render(into buffer: inout Buffer, area: Rect) {
    guard !area.isEmpty else { return }
    let row = area.top(1)
    buffer.fill(row, style: style)
    let inner = row.insetBy(dx: 1, dy: 0)
    guard inner.width > 0 else { return }
    let status = DisplayWidth.truncate(
      TerminalText.sanitize(trailing, keepingNewlines: false), toWidth: inner.width / 2)
    let statusWidth = DisplayWidth.width(of: status)
    let gap = statusWidth > 0 ? 1 : 0
    let name = DisplayWidth.truncate(
      TerminalText.sanitize(title, keepingNewlines: false),
      toWidth: inner.width - statusWidth - gap)
    buffer.write(name, at: Point(x: inner.x, y: inner.y), style: style, clip: inner)
    buffer.write(
      status, at: Point(x: inner.maxX - statusWidth, y: inner.y), style: style, clip: inner)
  }
}
