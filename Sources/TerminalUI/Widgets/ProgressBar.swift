/// A one-row progress bar, `[#####.....] label`, with the label kept whole on the right.
///
/// The bar is ASCII so it has the same width in every locale (block and box characters are
/// "ambiguous width" and take two columns on some CJK terminals).
public struct ProgressBar: Widget, Sendable {
  /// Steps done.
  public var done: Int
  /// Steps in all (0 draws an empty bar).
  public var total: Int
  /// Text after the bar (`3/20 · due 5`); truncated only when the bar has no room left.
  public var label: String
  /// How the filled part is drawn.
  public var filledStyle: Style
  /// How the empty part and the brackets are drawn.
  public var emptyStyle: Style

  /// Creates a progress bar.
  public init(
    done: Int, total: Int, label: String = "", filledStyle: Style = Style.bold.foreground(.green),
    emptyStyle: Style = .dim
  ) {
    self.done = done
    self.total = total
    self.label = label
    self.filledStyle = filledStyle
    self.emptyStyle = emptyStyle
  }

  /// How many of `width` bar cells are filled: rounded down, full only when done.
  public func filledCells(width: Int) -> Int {
    guard total > 0, width > 0 else { return 0 }
    let clamped = min(max(0, done), total)
    return clamped * width / total
  }

  /// Draws the bar and label on the first row of `area`.
  public func render(into buffer: inout Buffer, area: Rect) {
    guard !area.isEmpty else { return }
    let text = TerminalText.sanitize(label, keepingNewlines: false)
    let labelWidth = DisplayWidth.width(of: text)
    let barWidth = area.width - (labelWidth > 0 ? labelWidth + 1 : 0) - 2
    guard barWidth >= 3 else {
      let fitted = DisplayWidth.truncate(text, toWidth: area.width)
      buffer.write(fitted, at: Point(x: area.x, y: area.y), style: .plain, clip: area)
      return
    }
    let filled = filledCells(width: barWidth)
    var x = area.x
    x += buffer.write("[", at: Point(x: x, y: area.y), style: emptyStyle, clip: area)
    x += buffer.write(
      String(repeating: "#", count: filled), at: Point(x: x, y: area.y), style: filledStyle,
      clip: area)
    x += buffer.write(
      String(repeating: ".", count: barWidth - filled), at: Point(x: x, y: area.y),
      style: emptyStyle, clip: area)
    x += buffer.write("]", at: Point(x: x, y: area.y), style: emptyStyle, clip: area)
    if labelWidth > 0 {
      buffer.write(text, at: Point(x: x + 1, y: area.y), style: .plain, clip: area)
    }
  }
}
