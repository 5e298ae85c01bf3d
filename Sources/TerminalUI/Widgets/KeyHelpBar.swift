/// One key and what it does, for the footer and the help overlay.
public struct KeyHint: Equatable, Sendable {
  /// The key as shown (`Enter`, `j/k`, `?`).
  public var key: String
  /// What it does (`확인`, `next`).
  public var action: String

  /// Creates a hint.
  public init(_ key: String, _ action: String) {
    self.key = key
    self.action = action
  }
}

/// A footer row of key hints; hints that do not fit whole are left out, never cut.
public struct KeyHelpBar: Widget, Sendable {
  /// The hints, most important first.
  public var hints: [KeyHint]
  /// How keys are drawn.
  public var keyStyle: Style
  /// How actions are drawn.
  public var actionStyle: Style

  /// Creates a footer.
  public init(_ hints: [KeyHint], keyStyle: Style = .reverse, actionStyle: Style = .plain) {
    self.hints = hints
    self.keyStyle = keyStyle
    self.actionStyle = actionStyle
  }

  /// The hints that fit in `width` columns, in order, each `key action`, two spaces apart.
  public func visibleHints(width: Int) -> [KeyHint] {
    var used = 0
    var shown: [KeyHint] = []
    for hint in hints {
      let hintWidth = Self.width(of: hint) + (shown.isEmpty ? 0 : 2)
      if used + hintWidth > width { break }
      used += hintWidth
      shown.append(hint)
    }
    return shown
  }

  /// Draws the hints that fit on the first row of `area`.
  public func render(into buffer: inout Buffer, area: Rect) {
    guard !area.isEmpty else { return }
    var x = area.x
    for (index, hint) in visibleHints(width: area.width).enumerated() {
      if index > 0 { x += 2 }
      x += buffer.write(
        sanitized(hint.key), at: Point(x: x, y: area.y), style: keyStyle, clip: area)
      x += 1
      x += buffer.write(
        sanitized(hint.action), at: Point(x: x, y: area.y), style: actionStyle, clip: area)
    }
  }

  /// Columns one hint takes: key, a space, action.
  static func width(of hint: KeyHint) -> Int {
    DisplayWidth.width(of: sanitized(hint.key)) + 1 + DisplayWidth.width(of: sanitized(hint.action))
  }
}

/// Hint text on one line, safe to draw.
private func sanitized(_ text: String) -> String {
  TerminalText.sanitize(text, keepingNewlines: false)
}
