/// Chooses distractors: nearest tier first (same list, same section, same note, other notes),
/// options of one kind and similar length, never the key again, never an alias of it.
///
/// Tiers are read lazily from a seeded starting point, so a bank of many notes costs a few
/// look-ups per question rather than a pass over every candidate.
struct DistractorPicker {
  /// How many candidates of one tier are looked at (bounds the work on very large banks).
  static let tierScanLimit = 60

  /// Normalisation keys, shared across a build.
  var cache: TextKeyCache
  var key: String
  var count: Int
  var seed: UInt64
  /// Rejects a candidate that would be another true answer or an alias of the key.
  var rejects: (String) -> Bool

  /// Picks up to `count` distractors from tiers of strings, in tier order.
  func pick(_ tiers: [[String]]) -> [String] {
    pick(tiers) { $0 }
  }

  /// Picks from tiers of any element; `text` gives an element's option text, or `nil` to skip it.
  func pick<Element>(_ tiers: [[Element]], text: (Element) -> String?) -> [String] {
    var chosen: [String] = []
    var chosenKeys: Set<String> = [cache.key(key)]
    var generator = SeededGenerator(seed: seed)
    let keyScript = cache.script(key)
    let keyLength = cache.length(key)
    for tier in tiers where chosen.count < count && !tier.isEmpty {
      let start = Int(generator.next() % UInt64(tier.count))
      let scan = min(tier.count, Self.tierScanLimit)
      // Same writing system first, then the rest, each in the seeded cyclic order.
      for sameScript in [true, false] where chosen.count < count {
        for step in 0..<scan where chosen.count < count {
          guard let candidate = text(tier[(start + step) % tier.count]),
            (cache.script(candidate) == keyScript) == sameScript
          else { continue }
          let folded = cache.key(candidate)
          guard !folded.isEmpty, !chosenKeys.contains(folded),
            Self.similarLength(cache.length(candidate), keyLength), !rejects(candidate)
          else { continue }
          chosen.append(candidate)
          chosenKeys.insert(folded)
        }
      }
    }
    return chosen
  }

  /// Options of similar length: within 0.4×–2.5× of each other, or a few characters apart.
  static func similarLength(_ a: Int, _ b: Int) -> Bool {
    if abs(a - b) <= 6 { return true }
    let ratio = Double(a) / Double(max(b, 1))
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

/// Remembers what was computed about option texts during one build (keys, scripts, lengths):
/// the same definitions and names are candidates for many questions.
/// Each build makes its own and uses it on one thread.
final class TextKeyCache {
  private struct Info {
    var key: String
    var script: Script
    var length: Int
  }

  private var infos: [String: Info] = [:]
  private var concepts: [String: String] = [:]
  let aliases: AliasTable

  init(aliases: AliasTable) { self.aliases = aliases }

  /// The concept key of a name (alias-table canonical name, else its own name key), memoised.
  func concept(_ name: String) -> String {
    if let known = concepts[name] { return known }
    // `AWS Direct Connect (DX)` is shown with its gloss: the name before it is the concept.
    var made = aliases.conceptKey(name)
    if aliases.canonical(name) == nil {
      let (bare, inner) = ConceptNames.splitParenthetical(name)
      if let canonical = aliases.canonical(bare) ?? inner.flatMap({ aliases.canonical($0) }) {
        made = TextNormalizer.nameKey(canonical)
      }
    }
    concepts[name] = made
    return made
  }

  /// Whether two names are one concept.
  func same(_ a: String, _ b: String) -> Bool { concept(a) == concept(b) }

  private func info(_ text: String) -> Info {
    if let known = infos[text] { return known }
    let made = Info(key: TextNormalizer.key(text), script: Script.of(text), length: text.count)
    infos[text] = made
    return made
  }

  func key(_ text: String) -> String { info(text).key }
  func script(_ text: String) -> Script { info(text).script }
  func length(_ text: String) -> Int { info(text).length }
}
