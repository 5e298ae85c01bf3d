/// Terminal column widths of scalars, characters and strings, by `wcwidth`-equivalent rules.
///
/// A scalar takes 0 columns (combining marks, joiners, variation selectors, Hangul vowel and
/// final jamo), 2 (East Asian Wide/Fullwidth: Hangul, CJK, fullwidth forms, wide emoji) or 1.
/// Control characters have no width of their own: they are never printed raw, and a cell that
/// meets one draws U+FFFD instead, so a control grapheme measures 1 like its replacement.
/// Text is measured by grapheme (``Character``), so an emoji sequence or a decomposed Hangul
/// syllable is one unit of at most two columns.
public enum DisplayWidth {
  /// The character a cell draws in place of a control character.
  public static let replacementCharacter: Character = "\u{FFFD}"

  /// Whether `scalar` is a C0 control, DEL or a C1 control (never sent to a terminal raw).
  @inlinable
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (value >= 0x7F && value < 0xA0)
  }

  /// Whether the grapheme `character` starts with a control character.
  public static func isControl(_ character: Character) -> Bool {
    guard let first = character.unicodeScalars.first else { return false }
    return isControl(first)
  }

  /// The columns one scalar takes: 0, 1 or 2; `nil` for a control character.
  public static func width(of scalar: Unicode.Scalar) -> Int? {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    if isControl(scalar) { return nil }
    if value >= 0xAC00 && value <= 0xD7A3 { return 2 }  // Hangul syllables, the common case
    if value < 0x300 { return 1 }
    if contains(zeroWidthRanges, value) { return 0 }
    if contains(wideRanges, value) { return 2 }
    // Emoji newer than the generated table: the standard library knows their presentation.
    if value >= 0x1F000 && scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// The columns one grapheme takes: 0, 1 or 2 (a control grapheme counts as its replacement).
  ///
  /// The widest scalar decides, so a base with combining marks keeps the base's width and an
  /// emoji ZWJ sequence is as wide as its first emoji. An emoji presentation selector (U+FE0F)
  /// widens a narrow base, and a regional-indicator pair (a flag) is wide.
  public static func width(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    guard let firstWidth = width(of: first) else { return 1 }
    var widest = firstWidth
    var count = 0
    var emojiPresentation = false
    for scalar in scalars {
      count += 1
      if scalar.value == 0xFE0F { emojiPresentation = true }
      if widest < 2, let scalarWidth = width(of: scalar), scalarWidth > widest {
        widest = scalarWidth
      }
    }
    if widest == 1 && count > 1 {
      let isFlag = (0x1F1E6...0x1F1FF).contains(first.value)
      if emojiPresentation || isFlag { return 2 }
    }
    return widest
  }

  /// The columns `string` takes: the sum of its graphemes' widths.
  public static func width(of string: String) -> Int {
    if let ascii = printableASCIICount(string.utf8) { return ascii }
    var total = 0
    for character in string { total += width(of: character) }
    return total
  }

  /// The columns `substring` takes: the sum of its graphemes' widths.
  public static func width(of substring: Substring) -> Int {
    if let ascii = printableASCIICount(substring.utf8) { return ascii }
    var total = 0
    for character in substring { total += width(of: character) }
    return total
  }

  /// The byte count when every byte is printable ASCII (one column each), else `nil`.
  static func printableASCIICount<Bytes: Collection>(_ bytes: Bytes) -> Int?
  where Bytes.Element == UInt8 {
    var count = 0
    for byte in bytes {
      guard byte >= 0x20 && byte < 0x7F else { return nil }
      count += 1
    }
    return count
  }

  /// Binary search of sorted, inclusive, non-overlapping ranges.
  static func contains(_ ranges: [(UInt32, UInt32)], _ value: UInt32) -> Bool {
    var low = 0
    var high = ranges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = ranges[middle]
      if value < range.0 {
        high = middle - 1
      } else if value > range.1 {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }
}
