/// Numbered options, one highlighted, optionally with check boxes (multiple response).
///
/// Each option is `> 1. text` (`>` on the highlighted one), numbers right-aligned so every
/// option's text starts at the same column, long text wrapped with a hanging indent to that
/// column. The list scrolls to keep the highlighted option in view.
public struct OptionList: Widget, Sendable {
  /// One wrapped row of the list.
  public struct Row: Equatable, Sendable {
    /// The option this row belongs to.
    public var option: Int
    /// The row's text, prefix (marker, number, box) or indent included.
    public var text: String
  }

  /// The options' texts.
  public var options: [String]
  /// The option under the cursor, if any.
  public var highlighted: Int?
  /// Checked options when the list has check boxes; `nil` for a single-choice list.
  public var checked: Set<Int>?
  /// How the highlighted option's rows are drawn.
  public var highlightStyle: Style
  /// How the other rows are drawn.
  public var style: Style

  /// Creates an option list.
  public init(
    _ options: [String], highlighted: Int? = nil, checked: Set<Int>? = nil,
    style: Style = .plain, highlightStyle: Style = .reverse
  ) {
    self.options = options
    self.highlighted = highlighted
    self.checked = checked
    self.style = style
    self.highlightStyle = highlightStyle
  }

  /// The column (from the list's left edge) where every option's text starts.
  public var textColumn: Int {
    2 + String(options.count).count + 2 + (checked == nil ? 0 : 4)
  }

  /// The prefix of option `index`: marker, right-aligned number, check box.
  func prefix(_ index: Int) -> String {
    let marker = index == highlighted ? "> " : "  "
    let number = DisplayWidth.pad(
      "\(index + 1).", toWidth: String(options.count).count + 1,
      alignment: .right)
    let box = checked.map { $0.contains(index) ? "[x] " : "[ ] " } ?? ""
    return marker + number + " " + box
  }

  /// Every row at `width` columns, options wrapped under their text column.
  public func rows(width: Int) -> [Row] {
    let indent = String(repeating: " ", count: textColumn)
    let textWidth = max(1, width - textColumn)
    var rows: [Row] = []
    for (index, option) in options.enumerated() {
      let wrapped = DisplayWidth.wrap(TerminalText.sanitize(option), width: textWidth)
      for (lineIndex, line) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
        rows.append(Row(option: index, text: (lineIndex == 0 ? prefix(index) : indent) + line))
      }
    }
    return rows
  }

  /// The first row shown so that the highlighted option is in view within `height` rows.
  public func scrollOffset(rows: [Row], height: Int) -> Int {
    guard let highlighted, height > 0,
      let first = rows.firstIndex(where: { $0.option == highlighted }),
      let last = rows.lastIndex(where: { $0.option == highlighted })
    else { return 0 }
    if last < height { return 0 }
    return min(first, last - height + 1)
  }

  /// Draws the rows in view; the highlighted option's rows span the full width in its style.
  public func render(into buffer: inout Buffer, area: Rect) {
    guard !area.isEmpty else { return }
    let all = rows(width: area.width)
    let offset = scrollOffset(rows: all, height: area.height)
    for (line, row) in all.dropFirst(offset).prefix(area.height).enumerated() {
      let y = area.y + line
      let rowStyle = row.option == highlighted ? highlightStyle : style
      if row.option == highlighted {
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: rowStyle)
      }
      buffer.write(row.text, at: Point(x: area.x, y: y), style: rowStyle, clip: area)
    }
  }
}
