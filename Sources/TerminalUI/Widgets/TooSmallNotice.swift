/// What the whole screen shows when the terminal is smaller than the app's minimum: a
/// request to enlarge the window and the sizes, centred, instead of a broken layout.
public struct TooSmallNotice: Widget, Sendable {
  /// The smallest size the app lays out for.
  public var minimum: Size
  /// The request (translate as needed).
  public var message: String

  /// Creates a notice for `minimum`.
  public init(minimum: Size, message: String = "Make the window larger") {
    self.minimum = minimum
    self.message = message
  }

  /// Whether a terminal of `size` needs the notice instead of the app's screens.
  public static func isNeeded(for size: Size, minimum: Size) -> Bool {
    !size.contains(minimum)
  }

  /// The lines shown in `area`: the message, then `need WxH, now WxH`, wrapped to fit.
  public func lines(for area: Rect) -> [String] {
    messageLines(width: area.width) + DisplayWidth.wrap(sizes(area), width: area.width)
  }

  /// The message wrapped to `width`.
  private func messageLines(width: Int) -> [String] {
    DisplayWidth.wrap(TerminalText.sanitize(message), width: width)
  }

  /// `need WxH, now WxH` for `area`.
  private func sizes(_ area: Rect) -> String {
    "need \(minimum), now \(Size(width: area.width, height: area.height))"
  }

  /// Clears `area` and draws the lines centred both ways (the first ones when it is too short).
  public func render(into buffer: inout Buffer, area: Rect) {
    guard !area.isEmpty else { return }
    buffer.fill(area)
    let boldCount = messageLines(width: area.width).count
    let shown = Array(lines(for: area).prefix(area.height))
    let top = area.y + (area.height - shown.count) / 2
    for (row, line) in shown.enumerated() {
      let x =
        area.x
        + DisplayWidth.centeringOffset(
          contentWidth: DisplayWidth.width(of: line), inWidth: area.width)
      let style: Style = row < boldCount ? .bold : .plain
      buffer.write(line, at: Point(x: x, y: top + row), style: style, clip: area)
    }
  }
}
