/// Finds the concepts a definition names, whole word by whole word: the names of services and
/// terms are indexed by key, and each definition is scanned once, longest name first, so
/// `S3 Glacier` is not also a mention of `S3` and `ECSTASY` is none of `ECS`.
struct MentionScanner {
  private var idByKey: [String: String] = [:]
  private var longest = 1

  /// Korean particles that may follow a name (`ALB는`, `Route 53으로`).
  private static let particles = [
    "으로", "에서", "에게", "까지", "부터", "이나", "은", "는", "이", "가", "을", "를", "의", "에",
    "와", "과", "로", "도", "만",
  ]

  init(concepts: [Concept], aliases: AliasTable) {
    for concept in concepts where concept.kind == .service || concept.kind == .term {
      let names = concept.spellings + aliases.aliases(of: concept.name)
      for name in names {
        let key = TextNormalizer.nameKey(name)
        guard key.count >= 2, idByKey[key] == nil else { continue }
        idByKey[key] = concept.id
        longest = max(longest, min(Self.words(name).count, 5))
      }
    }
  }

  /// The ids of the concepts named in `text`, in order of first mention, without repeats.
  func mentions(in text: String) -> [String] {
    let tokens = Self.words(text)
    var found: [String] = []
    var index = 0
    while index < tokens.count {
      var matched = 0
      for length in stride(from: min(longest, tokens.count - index), through: 1, by: -1) {
        if let id = lookup(tokens[index..<(index + length)]) {
          if !found.contains(id) { found.append(id) }
          matched = length
          break
        }
      }
      index += max(matched, 1)
    }
    return found
  }

  private func lookup(_ words: ArraySlice<Substring>) -> String? {
    let joined = words.joined(separator: " ")
    if let id = idByKey[TextNormalizer.nameKey(joined)] { return id }
    guard let last = words.last, last.unicodeScalars.last.map(Self.isHangul) ?? false else {
      return nil
    }
    for particle in Self.particles where last.hasSuffix(particle) && last.count > particle.count {
      if let id = idByKey[TextNormalizer.nameKey(String(joined.dropLast(particle.count)))] {
        return id
      }
    }
    return nil
  }

  /// Words: runs of ASCII letters and digits, or of Hangul; everything else separates.
  static func words(_ text: String) -> [Substring] {
    var result: [Substring] = []
    var start: String.Index?
    var startClass = 0
    for index in text.indices {
      let scalar = text[index].unicodeScalars.first ?? " "
      let kind = isHangul(scalar) ? 2 : (isASCIIWord(scalar) ? 1 : 0)
      if let begun = start, kind != startClass {
        result.append(text[begun..<index])
        start = nil
      }
      if start == nil, kind != 0 {
        start = index
        startClass = kind
      }
    }
    if let begun = start { result.append(text[begun...]) }
    return result
  }

  private static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
    (0xAC00...0xD7A3).contains(scalar.value)
  }

  private static func isASCIIWord(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
      || scalar == "@"
  }
}
