/// Chooses distractors: nearest tier first (same list, same section, same note, other notes),
/// options of one kind and similar length, never the key again, never an alias of it.
struct DistractorPicker {
  /// How many candidates of one tier are looked at (bounds the work on very large banks).
  static let tierScanLimit = 60

  var key: String
  var count: Int
  var seed: UInt64
  /// Rejects a candidate that would be another true answer or an alias of the key.
  var rejects: (String) -> Bool

  /// Picks up to `count` distractors from `tiers`, in tier order.
  func pick(_ tiers: [[String]]) -> [String] {
    var chosen: [String] = []
    var chosenKeys: Set<String> = [TextNormalizer.key(key)]
    var generator = SeededGenerator(seed: seed)
    for tier in tiers where chosen.count < count {
      var pool = Array(tier.prefix(Self.tierScanLimit * 4))
      pool.shuffle(using: &generator)
      let keyScript = Script.of(key)
      // Same writing system first, the seeded order kept within each group.
      let scanned = pool.prefix(Self.tierScanLimit)
      let ranked = scanned.filter { Script.of($0) == keyScript }
        + scanned.filter { Script.of($0) != keyScript }
      for candidate in ranked where chosen.count < count {
        let folded = TextNormalizer.key(candidate)
        guard !folded.isEmpty, !chosenKeys.contains(folded), Self.similarLength(candidate, key),
          !rejects(candidate)
        else { continue }
        chosen.append(candidate)
        chosenKeys.insert(folded)
      }
    }
    return chosen
  }

  /// Options of similar length: within 0.4×–2.5× of each other, or a few characters apart.
  static func similarLength(_ a: String, _ b: String) -> Bool {
    let la = Double(a.count)
    let lb = Double(b.count)
    if abs(la - lb) <= 6 { return true }
    let ratio = la / max(lb, 1)
    return ratio >= 0.4 && ratio <= 2.5
  }
}

/// The writing system a text is mostly in: options should share it.
enum Script: Equatable {
  case hangul, latin, mixed

  static func of(_ text: String) -> Script {
    var hangul = 0
    var latin = 0
    for scalar in text.unicodeScalars {
      if (0xAC00...0xD7A3).contains(scalar.value) { hangul += 1 }
      if scalar.isASCII, scalar.properties.isAlphabetic { latin += 1 }
    }
    if hangul == 0 && latin > 0 { return .latin }
    if latin == 0 && hangul > 0 { return .hangul }
    return .mixed
  }
}
