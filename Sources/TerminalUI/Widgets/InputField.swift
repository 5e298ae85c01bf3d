/// A one-line text input that takes wide characters (Hangul from an IME) and measures its
/// cursor in display columns.
///
/// Editing happens at the end: characters are appended, Backspace removes the last whole
/// grapheme (a Hangul syllable, an emoji sequence), and the cursor is parked right after the
/// text, where the terminal's IME draws the syllable being composed.
public struct InputField: Equatable, Sendable {
  /// What has been typed.
  public private(set) var text: String
  /// Shown dimmed while the field is empty.
  public var placeholder: String

  /// Creates a field holding `text`.
  public init(text: String = "", placeholder: String = "") {
    self.text = ""
    self.placeholder = placeholder
    insert(text)
  }

  /// The cursor's column within the text: the display width of everything typed.
  public var cursorColumn: Int { DisplayWidth.width(of: text) }

  /// Whether nothing has been typed.
  public var isEmpty: Bool { text.isEmpty }

  /// Appends `character` unless it is a control character; returns whether it was taken.
  ///
  /// A combining mark or a Hangul vowel jamo joins the grapheme before it, as Unicode says.
  @discardableResult
  public mutating func insert(_ character: Character) -> Bool {
    guard !DisplayWidth.isControl(character) else { return false }
    text.append(character)
    return true
  }

  /// Appends every printable grapheme of `string` (pasted text); line breaks become spaces.
  public mutating func insert(_ string: String) {
    for character in TerminalText.sanitize(string, keepingNewlines: false) {
      insert(character)
    }
  }

  /// Removes the last grapheme; returns whether there was one.
  @discardableResult
  public mutating func backspace() -> Bool {
    guard !text.isEmpty else { return false }
    text.removeLast()
    return true
  }

  /// Empties the field.
  public mutating func clear() {
    text = ""
  }

  /// Applies an editing key (a character, Backspace, Ctrl-U to clear); returns whether the
  /// key was an editing key. Enter, Escape and navigation are left to the caller.
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .character(let character): return insert(character)
    case .backspace:
      backspace()
      return true
    case .ctrl("u"):
      clear()
      return true
    default: return false
    }
  }

  /// Draws `prompt` and the text on the first row of `area`; returns where the cursor goes.
  ///
  /// Text too long for the row scrolls: its end stays visible behind a leading `…`, so the
  /// cursor is always on screen (one column is kept free for it).
  public func render(
    into buffer: inout Buffer, area: Rect, prompt: String = "", style: Style = .underline,
    placeholderStyle: Style = .dim
  ) -> Point? {
    guard !area.isEmpty else { return nil }
    let row = area.top(1)
    let promptText = DisplayWidth.truncate(
      TerminalText.sanitize(prompt, keepingNewlines: false), toWidth: max(0, row.width - 2))
    var x = row.x + buffer.write(promptText, at: Point(x: row.x, y: row.y), clip: row)
    let room = row.maxX - x - 1
    guard room > 0 else { return Point(x: min(x, row.maxX - 1), y: row.y) }
    buffer.fill(Rect(x: x, y: row.y, width: room + 1, height: 1), style: style)
    if text.isEmpty {
      let hint = DisplayWidth.truncate(
        TerminalText.sanitize(placeholder, keepingNewlines: false), toWidth: room)
      buffer.write(hint, at: Point(x: x, y: row.y), style: placeholderStyle, clip: row)
      return Point(x: x, y: row.y)
    }
    let visible = DisplayWidth.truncateLeading(text, toWidth: room)
    x += buffer.write(visible, at: Point(x: x, y: row.y), style: style, clip: row)
    return Point(x: x, y: row.y)
  }
}
