import Foundation

/// Text comparison keys: NFKC, case and width folded, spaces and punctuation dropped.
public enum TextNormalizer {
  /// The comparison key of `text`: what two spellings of one answer have in common.
  ///
  /// `Route 53`, `route53` and `ROUTE  53` give the same key; so do full- and half-width forms.
  public static func key(_ text: String) -> String {
    fastKey(text) ?? fullKey(text)
  }

  /// The key without Foundation when the text is ASCII, precomposed Hangul and common
  /// punctuation (nearly all note text), where compatibility mapping changes nothing; `nil`
  /// otherwise. Works on UTF-8 bytes: this runs for every prompt and option.
  private static func fastKey(_ text: String) -> String? {
    var copy = text
    return copy.withUTF8 { input -> String? in
      var bytes: [UInt8] = []
      bytes.reserveCapacity(input.count)
      var index = 0
      while index < input.count {
        let byte = input[index]
        if byte < 0x80 {
          if let kept = asciiKey(byte) { bytes.append(kept) }
          index += 1
          continue
        }
        if byte >= 0xC2, byte < 0xE0, index + 1 < input.count {
          // Two-byte characters: the middle dot and NBSP go, `×` stays, others take the full path.
          let value = (UInt32(byte & 0x1F) << 6) | UInt32(input[index + 1] & 0x3F)
          switch value {
          case 0x00A0, 0x00B7: break
          case 0x00D7: bytes.append(contentsOf: input[index..<(index + 2)])
          default: return nil
          }
          index += 2
          continue
        }
        guard byte >= 0xE0, byte < 0xF0, index + 2 < input.count else { return nil }
        let value =
          (UInt32(byte & 0x0F) << 12) | (UInt32(input[index + 1] & 0x3F) << 6)
          | UInt32(input[index + 2] & 0x3F)
        if (0xAC00...0xD7A3).contains(value) || keptSymbol(value) {
          bytes.append(contentsOf: input[index..<(index + 3)])
        } else if !droppedPunctuation(value) {
          return nil
        }
        index += 3
      }
      return String(decoding: bytes, as: UTF8.self)
    }
  }

  /// An ASCII byte's contribution to a key: letters folded, digits and meaningful signs kept,
  /// other punctuation and white space dropped.
  private static func asciiKey(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte + 32
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return byte
    case UInt8(ascii: "#"), UInt8(ascii: "+"), UInt8(ascii: "%"), UInt8(ascii: "."),
      UInt8(ascii: "/"), UInt8(ascii: "$"), UInt8(ascii: "<"), UInt8(ascii: "="),
      UInt8(ascii: ">"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "|"),
      UInt8(ascii: "~"):
      return byte
    case 0x00...0x08, 0x0E...0x1F:
      return byte  // control characters are neither space nor punctuation: kept, as NFKC does
    default:
      return nil
    }
  }

  /// Quotes, dashes, bullets and CJK brackets: punctuation that compatibility mapping leaves
  /// alone and keys drop (the dot leaders U+2024–2026 are left to the full path).
  private static func droppedPunctuation(_ value: UInt32) -> Bool {
    switch value {
    case 0x2010...0x2023, 0x2027, 0x2030...0x2032, 0x2035, 0x2038...0x203B,
      0x203D...0x203E, 0x2041...0x2043, 0x2045...0x2046, 0x2048...0x2051, 0x2053...0x205E,
      0x3001...0x3003, 0x3008...0x3011, 0x3014...0x301F:
      return true
    default:
      return false
    }
  }

  /// Arrows, shapes and the multiplication sign: symbols keys keep as they are.
  private static func keptSymbol(_ value: UInt32) -> Bool {
    value == 0x00D7 || (0x2190...0x21FF).contains(value) || (0x25A0...0x25FF).contains(value)
  }

  /// Whether `haystack` contains `needle`, compared byte for byte (both already keys).
  static func containsKey(_ haystack: String, _ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty else { return false }
    var copy = haystack
    return copy.withUTF8 { bytes in
      guard bytes.count >= pattern.count else { return false }
      let first = pattern[0]
      for start in 0...(bytes.count - pattern.count) where bytes[start] == first {
        var offset = 1
        while offset < pattern.count, bytes[start + offset] == pattern[offset] { offset += 1 }
        if offset == pattern.count { return true }
      }
      return false
    }
  }

  /// The key without a leading `Amazon`/`AWS` (so `Amazon S3` and `S3` compare equal).
  public static func nameKey(_ text: String) -> String {
    var trimmed = text.trimmingWhitespace()
    for prefix in ["Amazon ", "AWS ", "amazon ", "aws "] where trimmed.hasPrefix(prefix) {
      trimmed = String(trimmed.dropFirst(prefix.count))
      break
    }
    return key(trimmed)
  }

  /// The key by the full rules (compatibility mapping, Unicode categories), without the fast
  /// path: what `key` must always agree with.
  static func fullKey(_ text: String) -> String {
    let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
    var scalars = String.UnicodeScalarView()
    for scalar in folded.unicodeScalars where keeps(scalar) { scalars.append(scalar) }
    return String(scalars)
  }

  private static func keeps(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.properties.isWhitespace { return false }
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      // Keep characters that change meaning in names: C#, C++, 24/7, 99.9%.
      return "#+%./".unicodeScalars.contains(scalar)
    default:
      return true
    }
  }

  /// Whether `text` contains `needle` as text after folding (used for leakage checks).
  public static func contains(_ text: String, _ needle: String) -> Bool {
    let needleKey = key(needle)
    guard !needleKey.isEmpty else { return false }
    return containsKey(key(text), needleKey)
  }
}

extension String {
  /// Whether the text contains `needle` byte for byte (a plain substring test without
  /// Foundation's locale-aware search, which is slow on hot paths).
  func hasSubstring(_ needle: String) -> Bool { TextNormalizer.containsKey(self, needle) }
}
