extension Unicode.Scalar {
  /// Whether this scalar is white space (including the ideographic space and NBSP).
  ///
  /// Answered from the fixed list of Unicode `White_Space` characters rather than a property
  /// look-up: this runs for every character of every note.
  var isSpaceLike: Bool {
    let value = self.value
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    switch value {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// Whether this scalar is part of an emoji or pictograph sequence that titles and labels
  /// drop: pictographs, variation selectors, joiners, skin tones, flags, tags.
  var isEmojiPart: Bool {
    let value = self.value
    if value < 0x2000 { return false }  // keeps digits, #, *, ©, which carry the Emoji property
    switch value {
    case 0xFE0E, 0xFE0F, 0x200D, 0x20E3: return true
    case 0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return true
    // Hangul, CJK and the rest of the BMP above the symbol blocks hold no emoji.
    case 0x3300..<0x1F000: return false
    default: break
    }
    let props = properties
    return props.isEmojiPresentation || props.isEmoji
  }
}

/// Byte-level white-space handling over UTF-8, for the hot paths of the outline.
enum UTF8Space {
  /// The length of the white-space character starting at `index`, or 0 when there is none.
  @inline(__always)
  static func length(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
    let byte = bytes[index]
    if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
    let count = bytes.count
    switch byte {
    case 0xC2:
      guard index + 1 < count else { return 0 }
      return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0
    case 0xE1:
      guard index + 2 < count else { return 0 }
      return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
    case 0xE2:
      guard index + 2 < count else { return 0 }
      let second = bytes[index + 1]
      let third = bytes[index + 2]
      if second == 0x80 && (third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF) {
        return 3
      }
      return second == 0x81 && third == 0x9F ? 3 : 0
    case 0xE3:
      guard index + 2 < count else { return 0 }
      return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
    default:
      return 0
    }
  }

  /// `text` without leading and trailing white space; the same string when there is none.
  static func trimmed(_ text: String) -> String {
    var copy = text
    let bounds = copy.withUTF8 { bytes -> (Int, Int)? in
      var start = 0
      while start < bytes.count {
        let space = length(bytes, start)
        if space == 0 { break }
        start += space
      }
      if start == bytes.count { return nil }
      // Trailing white space: step back over continuation bytes to each scalar start.
      var end = bytes.count
      while end > start {
        var scalarStart = end - 1
        while scalarStart > start, bytes[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
        let space = length(bytes, scalarStart)
        if space == 0 || scalarStart + space != end { break }
        end = scalarStart
      }
      return (start, end)
    }
    guard let (start, end) = bounds else { return "" }
    if start == 0 && end == text.utf8.count { return text }
    let utf8 = text.utf8
    let from = utf8.index(utf8.startIndex, offsetBy: start)
    let to = utf8.index(utf8.startIndex, offsetBy: end)
    return String(text[from..<to])
  }

  /// `text` with white-space runs folded to one space and the ends trimmed; `nil` when the
  /// text is already in that form (so the caller can keep it without copying).
  static func collapsed(_ text: String) -> String? {
    var copy = text
    return copy.withUTF8 { bytes -> String? in
      guard needsCollapsing(bytes) else { return nil }
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count)
      var pendingSpace = false
      var index = 0
      while index < bytes.count {
        let space = length(bytes, index)
        if space > 0 {
          pendingSpace = true
          index += space
          continue
        }
        if pendingSpace && !output.isEmpty { output.append(0x20) }
        pendingSpace = false
        output.append(bytes[index])
        index += 1
      }
      return String(decoding: output, as: UTF8.self)
    }
  }

  /// Whether folding would change `bytes`: white space at either end, anything but a single
  /// ASCII space between words.
  private static func needsCollapsing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, let last = bytes.last else { return false }
    if first == 0x20 || last == 0x20 || (first >= 0x09 && first <= 0x0D) { return true }
    var previousSpace = false
    for index in 0..<bytes.count {
      let byte = bytes[index]
      if byte == 0x20 {
        if previousSpace { return true }
        previousSpace = true
        continue
      }
      previousSpace = false
      if byte < 0x20 && byte >= 0x09 && byte <= 0x0D { return true }
      if byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3,
        length(bytes, index) > 0
      {
        return true
      }
    }
    return length(bytes, lastScalarStart(bytes)) > 0
  }

  private static func lastScalarStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var index = bytes.count - 1
    while index > 0, bytes[index] & 0xC0 == 0x80 { index -= 1 }
    return index
  }
}

extension StringProtocol where SubSequence == Substring {
  /// The text split at `separator` bytes (an ASCII character), empty pieces kept; scanning
  /// UTF-8 instead of grapheme clusters, which matters on hot paths.
  func splitBytes(_ separator: UInt8, maxSplits: Int = .max) -> [Substring] {
    var pieces: [Substring] = []
    var start = startIndex
    var index = startIndex
    let bytes = utf8
    var position = bytes.startIndex
    while position < bytes.endIndex, pieces.count < maxSplits {
      if bytes[position] == separator {
        index = position
        pieces.append(self[start..<index])
        start = bytes.index(after: position)
      }
      position = bytes.index(after: position)
    }
    pieces.append(self[start...])
    return pieces
  }
}

extension StringProtocol {
  /// The text without leading and trailing white space.
  public func trimmingWhitespace() -> String {
    let text = String(self)
    return UTF8Space.trimmed(text)
  }

  /// Whether the text is empty or only white space (checked without copying).
  public var isBlank: Bool { unicodeScalars.allSatisfy(\.isSpaceLike) }

  /// The text with runs of white space folded to one space and the ends trimmed.
  public func collapsingWhitespace() -> String {
    let text = String(self)
    return UTF8Space.collapsed(text) ?? text
  }

  /// The text with emoji and pictographs removed and white space folded.
  public func removingEmoji() -> String {
    // Emoji parts are U+2000–U+32FF, U+FE0E/U+FE0F or above U+FFFF: their UTF-8 starts with
    // 0xE2, 0xE3, 0xEF or 0xF0–0xF4. Text without those bytes (most Hangul and ASCII) needs
    // no scalar decoding at all.
    guard UTF8Emoji.mayHold(utf8), unicodeScalars.contains(where: \.isEmojiPart) else {
      return collapsingWhitespace()
    }
    var scalars = String.UnicodeScalarView()
    for scalar in unicodeScalars where !scalar.isEmojiPart { scalars.append(scalar) }
    return String(scalars).collapsingWhitespace()
  }
}

/// The byte test that lets most text skip emoji removal.
enum UTF8Emoji {
  /// Whether the bytes may hold an emoji part: U+2000–U+32FF, U+FE0E/U+FE0F or above U+FFFF
  /// start with 0xE2, 0xE3, 0xEF or 0xF0–0xF4. Scans contiguous storage without generics.
  static func mayHold<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
    let scanned = bytes.withContiguousStorageIfAvailable { buffer in
      buffer.contains { $0 == 0xE2 || $0 == 0xE3 || $0 >= 0xEF }
    }
    if let scanned { return scanned }
    return bytes.contains { $0 == 0xE2 || $0 == 0xE3 || $0 >= 0xEF }
  }
}

extension String {
  /// The text with emoji and pictographs removed and white space folded (the `String` form of
  /// the `StringProtocol` method, so callers in other modules get the byte fast path).
  public func removingEmoji() -> String {
    UTF8Emoji.mayHold(utf8) ? self[...].removingEmoji() : collapsingWhitespace()
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
    let bytes = title.utf8
    guard let first = bytes.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9")
    else { return title }
    var index = bytes.startIndex
    var sawDot = false
    var digitsInGroup = 0
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        digitsInGroup += 1
        if digitsInGroup > 3 { return title }
      } else if byte == UInt8(ascii: "."), digitsInGroup > 0 {
        sawDot = true
        digitsInGroup = 0
      } else {
        break
      }
      index = bytes.index(after: index)
    }
    guard sawDot, index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x09
    else { return title }
    return UTF8Space.trimmed(String(title[index...]))
  }
}
