import Foundation

/// Text folding for grading typed answers: what counts as "the same answer".
public enum GradingText {
  /// NFKC-normalised (which also folds full-width letters and digits), lower-cased, with spaces,
  /// punctuation and symbols dropped, then NFC-composed so Hangul syllables compare whole.
  public static func fold(_ text: String) -> String {
    let compatible = text.precomposedStringWithCompatibilityMapping.lowercased()
    var scalars = String.UnicodeScalarView()
    for scalar in compatible.unicodeScalars where keeps(scalar) {
      scalars.append(scalar)
    }
    return String(scalars).precomposedStringWithCanonicalMapping
  }

  /// The units typos are counted in: Hangul syllables split into their jamo (so a wrong vowel
  /// is one edit, not a whole syllable), everything else as Unicode scalars.
  public static func editUnits(_ folded: String) -> [Unicode.Scalar] {
    Array(folded.decomposedStringWithCanonicalMapping.unicodeScalars)
  }

  /// The digits of `folded`, in order.
  public static func digits(_ folded: String) -> [Unicode.Scalar] {
    folded.unicodeScalars.filter { $0.properties.numericType != nil }
  }

  private static func keeps(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.properties.isWhitespace { return false }
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol,
      .currencySymbol, .modifierSymbol, .otherSymbol, .control, .format:
      return false
    default:
      return true
    }
  }
}

/// Levenshtein distance between two sequences.
public enum EditDistance {
  /// The number of insertions, deletions and substitutions turning `first` into `second`.
  public static func between<Element: Equatable>(_ first: [Element], _ second: [Element]) -> Int {
    if first.isEmpty { return second.count }
    if second.isEmpty { return first.count }
    var previous = Array(0...second.count)
    var current = [Int](repeating: 0, count: second.count + 1)
    for (i, a) in first.enumerated() {
      current[0] = i + 1
      for (j, b) in second.enumerated() {
        let substitution = previous[j] + (a == b ? 0 : 1)
        current[j + 1] = min(substitution, previous[j + 1] + 1, current[j] + 1)
      }
      swap(&previous, &current)
    }
    return previous[second.count]
  }
}
