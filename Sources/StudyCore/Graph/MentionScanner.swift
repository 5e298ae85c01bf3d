/// Finds the concepts a definition names, whole word by whole word: the names of services and
/// terms are indexed by key, and each definition is scanned once, longest name first, so
/// `S3 Glacier` is not also a mention of `S3` and `ECSTASY` is none of `ECS`.
///
/// Each word is keyed once; a name of several words is looked up only when its first word
/// starts some indexed name, so the scan stays linear in the text.
struct MentionScanner {
  private var idByKey: [UInt64: String] = [:]
  /// Keys of the first word of every indexed name.
  private var firstWords: Set<UInt64> = []
  private var longest = 1

  /// Korean particles that may follow a name (`로드밸런서는`, `CloudFront로`).
  private static let particles: Set<String> = [
    "으로", "에서", "에게", "까지", "부터", "이나", "은", "는", "이", "가", "을", "를", "의", "에",
    "와", "과", "로", "도", "만",
  ]

  /// The particles' byte hashes: compared without building strings.
  private static let particleHashes = Set(particles.map { hash($0.utf8) })

  init(concepts: [Concept], aliases: AliasTable) {
    for concept in concepts where concept.kind == .service || concept.kind == .term {
      for name in concept.spellings + aliases.aliases(of: concept.name) {
        let nameKey = TextNormalizer.nameKey(name)
        let key = Self.hash(nameKey.utf8)
        guard nameKey.count >= 2, idByKey[key] ?? concept.id == concept.id else { continue }
        // Every spelling's words count, even when another spelling gave the same key.
        idByKey[key] = concept.id
        var words = Self.wordKeys(name)
        if let first = words.first, ["amazon", "aws"].contains(first), words.count > 1 {
          words.removeFirst()
        }
        if let first = words.first { firstWords.insert(Self.hash(first.utf8)) }
        longest = max(longest, min(words.count, 5))
      }
    }
  }

  /// The ids of the concepts named in `text`, in order of first mention, without repeats.
  func mentions(in text: String) -> [String] {
    let keys = Self.wordKeys(text)
    var found: [String] = []
    var index = 0
    while index < keys.count {
      var matched = 1
      if let (id, length) = match(keys, at: index) {
        if !found.contains(id) { found.append(id) }
        matched = length
      }
      index += matched
    }
    return found
  }

  /// The longest indexed name starting at word `index`, and how many words it takes.
  private func match(_ keys: [String], at index: Int) -> (String, Int)? {
    let upper = min(longest, keys.count - index)
    let first = Self.hash(keys[index].utf8)
    if upper >= 2, firstWords.contains(first) {
      // FNV-1a continues over concatenations: each longer name's hash extends the shorter one.
      var prefixes = [first]
      for length in 2...upper {
        prefixes.append(Self.hash(keys[index + length - 1].utf8, from: prefixes[length - 2]))
      }
      for length in stride(from: upper, through: 2, by: -1) {
        if let id = lookup(keys[index + length - 1], after: prefixes[length - 2]) {
          return (id, length)
        }
      }
    }
    return lookup(keys[index], after: Self.offset).map { ($0, 1) }
  }

  /// The concept of the words hashed so far followed by `word`, also with a Korean particle
  /// (one or two syllables) taken off `word`'s end.
  private func lookup(_ word: String, after prefix: UInt64) -> String? {
    if let id = idByKey[Self.hash(word.utf8, from: prefix)] { return id }
    guard let last = word.utf8.last, last >= 0x80 else { return nil }
    var copy = word
    return copy.withUTF8 { bytes -> String? in
      // A precomposed Hangul syllable is three UTF-8 bytes starting 0xEA–0xED.
      for syllables in 1...2 {
        let cut = bytes.count - 3 * syllables
        guard cut > 0, (0xEA...0xED).contains(bytes[cut]) else { return nil }
        if Self.particleHashes.contains(Self.hash(bytes[cut...])),
          let id = idByKey[Self.hash(bytes[..<cut], from: prefix)]
        {
          return id
        }
      }
      return nil
    }
  }

  /// FNV-1a over the key's bytes: keys hash without Unicode normalisation, which dominates
  /// dictionary lookups of Korean strings.
  static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes, from start: UInt64 = offset) -> UInt64 {
    var hash = start
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// FNV-1a's offset basis: the hash of no bytes.
  static let offset: UInt64 = 0xcbf2_9ce4_8422_2325

  /// The keys of the words of `text`: runs of ASCII letters and digits (lowercased, as
  /// `TextNormalizer.key` folds them), or of Hangul syllables; everything else separates.
  static func wordKeys(_ text: String) -> [String] {
    var result: [String] = []
    var current: [UInt8] = []
    var currentClass = 0
    var copy = text
    copy.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        var kind = 0
        var length = 1
        if byte < 0x80 {
          kind = isASCIIWord(byte) ? 1 : 0
        } else if (0xEA...0xED).contains(byte), index + 2 < bytes.count {
          let value =
            (UInt32(byte & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6)
            | UInt32(bytes[index + 2] & 0x3F)
          kind = (0xAC00...0xD7A3).contains(value) ? 2 : 0
          length = 3
        }
        if kind != currentClass, !current.isEmpty {
          result.append(String(decoding: current, as: UTF8.self))
          current.removeAll(keepingCapacity: true)
        }
        currentClass = kind
        if kind == 1, byte != UInt8(ascii: "@") {
          current.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
        } else if kind == 2 {
          current.append(contentsOf: bytes[index..<(index + 3)])
        }
        index += length
      }
    }
    if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
    return result
  }

  private static func isASCIIWord(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "@"):
      true
    default: false
    }
  }
}
