import Foundation

/// Text comparison keys: NFKC, case and width folded, spaces and punctuation dropped.
public enum TextNormalizer {
  /// The comparison key of `text`: what two spellings of one answer have in common.
  ///
  /// `Route 53`, `route53` and `ROUTE  53` give the same key; so do full- and half-width forms.
  public static func key(_ text: String) -> String {
    let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
    var scalars = String.UnicodeScalarView()
    for scalar in folded.unicodeScalars where keeps(scalar) { scalars.append(scalar) }
    return String(scalars)
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
