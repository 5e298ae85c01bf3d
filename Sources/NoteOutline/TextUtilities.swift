extension Unicode.Scalar {
  /// Whether this scalar is white space (including the ideographic space and NBSP).
  var isSpaceLike: Bool { properties.isWhitespace }

  /// Whether this scalar is part of an emoji or pictograph sequence that titles and labels
  /// drop: pictographs, variation selectors, joiners, skin tones, flags, tags.
  var isEmojiPart: Bool {
    let value = self.value
    if value < 0x2000 { return false }  // keeps digits, #, *, ©, which carry the Emoji property
    switch value {
    case 0xFE0E, 0xFE0F, 0x200D, 0x20E3: return true
    case 0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return true
    default: break
    }
    let props = properties
    return props.isEmojiPresentation || props.isEmoji
  }
}

extension StringProtocol {
  /// The text without leading and trailing white space.
  public func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isSpaceLike }),
      let last = scalars.lastIndex(where: { !$0.isSpaceLike })
    else { return "" }
    return String(String.UnicodeScalarView(scalars[first...last]))
  }

  /// The text with runs of white space folded to one space and the ends trimmed.
  public func collapsingWhitespace() -> String {
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in unicodeScalars {
      if scalar.isSpaceLike {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// The text with emoji and pictographs removed and white space folded.
  public func removingEmoji() -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in unicodeScalars where !scalar.isEmojiPart { scalars.append(scalar) }
    return String(scalars).collapsingWhitespace()
  }
}

/// Cleaning of heading titles for display and heading paths.
public enum HeadingTitle {
  /// Removes leading numbering (`4.2`, `1.`, `2.1.3.`), emoji and trailing colons.
  ///
  /// A bare number without a dot (`2024 트렌드`) is kept: it is more likely part of the title.
  public static func clean(_ original: String) -> String {
    var title = original.removingEmoji()
    title = stripNumbering(title)
    while let last = title.unicodeScalars.last, last == ":" || last == "：" {
      title = String(title.unicodeScalars.dropLast()).trimmingWhitespace()
    }
    title = title.trimmingWhitespace()
    return title.isEmpty ? original.trimmingWhitespace() : title
  }

  /// Drops `1.`, `4.2`, `4.2.1.` and a following space from the start of a title.
  static func stripNumbering(_ title: String) -> String {
    let scalars = Array(title.unicodeScalars)
    var index = 0
    var sawDot = false
    var digitsInGroup = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar.properties.numericType != nil, scalar.value < 0x80 {
        digitsInGroup += 1
        if digitsInGroup > 3 { return title }
      } else if scalar == ".", digitsInGroup > 0 {
        sawDot = true
        digitsInGroup = 0
      } else {
        break
      }
      index += 1
    }
    guard sawDot, index < scalars.count, scalars[index].isSpaceLike else { return title }
    return String(String.UnicodeScalarView(scalars[index...])).trimmingWhitespace()
  }
}
