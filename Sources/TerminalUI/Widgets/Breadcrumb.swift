/// A topic path (note › heading › subheading) on one row. When it is too wide, the leading
/// parts give way to `…` first, since the last part is the most specific.
public struct Breadcrumb: Widget, Sendable {
  /// The path, outermost first.
  public var parts: [String]
  /// What goes between parts.
  public var separator: String
  /// How the row is drawn.
  public var style: Style

  /// Creates a breadcrumb.
  public init(_ parts: [String], separator: String = " › ", style: Style = .dim) {
    self.parts = parts
    self.separator = separator
    self.style = style
  }

  /// The path as it fits in `width` columns.
  public func text(width: Int) -> String {
    let clean = parts.map { TerminalText.sanitize($0, keepingNewlines: false) }
    let full = clean.joined(separator: separator)
    if DisplayWidth.width(of: full) <= width { return full }
    for dropped in 1..<max(1, clean.count) {
      let candidate = (["…"] + clean.dropFirst(dropped)).joined(separator: separator)
      if DisplayWidth.width(of: candidate) <= width { return candidate }
    }
    return DisplayWidth.truncate(clean.last ?? "", toWidth: width)
  }

  /// Draws the fitted path on the first row of `area`.
  public func render(into buffer: inout Buffer, area: Rect) {
    guard !area.isEmpty else { return }
    buffer.write(text(width: area.width), at: Point(x: area.x, y: area.y), style: style, clip: area)
  }
}
