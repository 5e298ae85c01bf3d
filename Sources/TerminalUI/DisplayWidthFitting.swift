/// Where text sits in a wider field.
public enum TextAlignment: Sendable, Equatable {
  /// Flush with the left edge, padded on the right.
  case left
  /// Centred; an odd leftover column goes to the right.
  case center
  /// Flush with the right edge, padded on the left.
  case right
}

extension DisplayWidth {
  /// Cuts `text` to at most `width` columns, ending in `ellipsis` when anything was cut.
  ///
  /// Never splits a grapheme: a wide character that would straddle the limit is dropped, so the
  /// result may be one column narrower than `width` (``fit(_:toWidth:alignment:ellipsis:)``
  /// pads it back). If `ellipsis` itself does not fit, the text is cut without it.
  public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…")
    -> String
  {
    guard width > 0 else { return "" }
    let total = self.width(of: text)
    if total <= width { return text }
    let ellipsisWidth = self.width(of: ellipsis)
    let marker = ellipsisWidth <= width ? ellipsis : ""
    let budget = width - (ellipsisWidth <= width ? ellipsisWidth : 0)
    var result = ""
    var used = 0
    for character in text {
      let characterWidth = self.width(of: character)
      if used + characterWidth > budget { break }
      result.append(character)
      used += characterWidth
    }
    return result + marker
  }

  /// Cuts `text` from the front to at most `width` columns, starting with `ellipsis` when cut.
  ///
  /// Keeps the end of the text (the most specific part of a breadcrumb, the cursor end of an
  /// input field); never splits a grapheme.
  public static func truncateLeading(_ text: String, toWidth width: Int, ellipsis: String = "…")
    -> String
  {
    guard width > 0 else { return "" }
    if self.width(of: text) <= width { return text }
    let ellipsisWidth = self.width(of: ellipsis)
    let marker = ellipsisWidth <= width ? ellipsis : ""
    let budget = width - (ellipsisWidth <= width ? ellipsisWidth : 0)
    var start = text.endIndex
    var used = 0
    while start > text.startIndex {
      let previous = text.index(before: start)
      let characterWidth = self.width(of: text[previous])
      if used + characterWidth > budget { break }
      used += characterWidth
      start = previous
    }
    return marker + text[start...]
  }

  /// Pads `text` with spaces to exactly `width` columns (text already wider is returned as is).
  public static func pad(_ text: String, toWidth width: Int, alignment: TextAlignment = .left)
    -> String
  {
    let missing = width - self.width(of: text)
    guard missing > 0 else { return text }
    switch alignment {
    case .left:
      return text + String(repeating: " ", count: missing)
    case .right:
      return String(repeating: " ", count: missing) + text
    case .center:
      let left = missing / 2
      return String(repeating: " ", count: left) + text
        + String(repeating: " ", count: missing - left)
    }
  }

  /// Centres `text` in `width` columns by display width, truncating it first if too wide.
  public static func center(_ text: String, inWidth width: Int) -> String {
    fit(text, toWidth: width, alignment: .center)
  }

  /// Truncates then pads `text` to exactly `width` columns.
  public static func fit(
    _ text: String, toWidth width: Int, alignment: TextAlignment = .left, ellipsis: String = "…"
  ) -> String {
    pad(truncate(text, toWidth: width, ellipsis: ellipsis), toWidth: width, alignment: alignment)
  }

  /// The column offset that centres something `contentWidth` wide in `width` columns.
  public static func centeringOffset(contentWidth: Int, inWidth width: Int) -> Int {
    max(0, (width - contentWidth) / 2)
  }
}
