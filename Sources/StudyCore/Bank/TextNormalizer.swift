import Foundation

/// Text comparison keys: NFKC, case and width folded, spaces and punctuation dropped.
public enum TextNormalizer {
  /// The comparison key of `text`: what two spellings of one answer have in common.
  ///
  /// `Route 53`, `route53` and `ROUTE  53` give the same key; so do full- and half-width forms.
  public static func key(_ text: String) -> String {
    if let fast = fastKey(text) { return fast }
    let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
    var scalars = String.UnicodeScalarView()
    for scalar in folded.unicodeScalars where keeps(scalar) { scalars.append(scalar) }
    return String(scalars)
  }

  /// The key without Foundation when the text is ASCII and precomposed Hangul only (nearly
  /// all note text), where compatibility mapping changes nothing: `nil` otherwise.
  private static func fastKey(_ text: String) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
          bytes.append(byte)
        case UInt8(ascii: "#"), UInt8(ascii: "+"), UInt8(ascii: "%"), UInt8(ascii: "."),
          UInt8(ascii: "/"):
          bytes.append(byte)
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E, 0x00...0x20, 0x7F:
          // Other punctuation, symbols that are punctuation, spaces and controls go.
          if "$<=>^`|~".unicodeScalars.contains(scalar) { bytes.append(byte) }
        default: bytes.append(byte)
        }
      } else if (0xAC00...0xD7A3).contains(value) {
        bytes.append(contentsOf: String(scalar).utf8)
      } else {
        return nil
      }
    }
    return String(decoding: bytes, as: UTF8.self)
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
    return key(text).contains(needleKey)
  }
}
