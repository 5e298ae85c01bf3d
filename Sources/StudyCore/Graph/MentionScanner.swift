/// Finds the concepts a definition names, whole word by whole word: the names of services and
/// terms are indexed by key, and each definition is scanned once, longest name first, so
/// `S3 Glacier` is not also a mention of `S3` and `ECSTASY` is none of `ECS`.
///
/// A definition's words are folded into one reused byte buffer (ASCII lowercased, Hangul kept,
/// everything else a separator) and looked up by FNV-1a hashes of byte ranges, so a scan
/// allocates nothing per word and stays linear in the text. A name of several words is only
/// tried where its first word starts some indexed name.
struct MentionScanner {
  /// Concept index (into the array given to `init`) by the hash of a name's key.
  private var indexByKey: [UInt64: Int] = [:]
  /// Hashes of the first word of every indexed name of two words or more.
  private var firstWords: Set<UInt64> = []
  /// The most words any indexed name has (at most 5).
  private var longest = 1
  /// The folded words of the text being scanned.
  private var bytes: [UInt8] = []
  /// Start and end offsets into `bytes`, two per word.
  private var bounds: [Int] = []

  /// Korean particles that may follow a name (`로드밸런서는`, `CloudFront로`).
  private static let particles: Set<String> = [
    "으로", "에서", "에게", "까지", "부터", "이나", "은", "는", "이", "가", "을", "를", "의", "에",
    "와", "과", "로", "도", "만",
  ]

  /// The particles' byte hashes: compared without building strings.
  private static let particleHashes = Set(particles.map { hash($0.utf8) })

  /// A scanner for the services and terms among `concepts`; mentions are given as indexes
  /// into `concepts`.
  init(concepts: [Concept], aliases: AliasTable) {
    for (index, concept) in concepts.enumerated()
    where concept.kind == .service || concept.kind == .term {
      for name in concept.spellings + aliases.aliases(of: concept.name) {
        let nameKey = TextNormalizer.nameKey(name)
        let key = Self.hash(nameKey.utf8)
        guard nameKey.count >= 2, indexByKey[key] ?? index == index else { continue }
        // Every spelling's words count, even when another spelling gave the same key.
        indexByKey[key] = index
        var words = Self.wordKeys(name)
        if let first = words.first, ["amazon", "aws"].contains(first), words.count > 1 {
          words.removeFirst()
        }
        if let first = words.first, words.count > 1 { firstWords.insert(Self.hash(first.utf8)) }
        longest = max(longest, min(words.count, 5))
      }
    }
  }

  /// The indexes of the concepts named in `text`, in order of first mention, without repeats.
  mutating func mentions(in text: String) -> [Int] {
    bytes.removeAll(keepingCapacity: true)
    bounds.removeAll(keepingCapacity: true)
    Self.fold(text, into: &bytes, bounds: &bounds)
    let count = bounds.count / 2
    guard count > 0 else { return [] }
    var found: [Int] = []
    bytes.withUnsafeBufferPointer { buffer in
      bounds.withUnsafeBufferPointer { bounds in
        var index = 0
        while index < count {
          var matched = 1
          if let (concept, length) = match(buffer, bounds, at: index, count: count) {
            if !found.contains(concept) { found.append(concept) }
            matched = length
          }
          index += matched
        }
      }
    }
    return found
  }

  /// The longest indexed name starting at word `index`, and how many words it takes.
  private func match(
    _ buffer: UnsafeBufferPointer<UInt8>, _ bounds: UnsafeBufferPointer<Int>, at index: Int,
    count: Int
  ) -> (Int, Int)? {
    let upper = min(longest, count - index)
    let first = Self.hash(buffer, bounds[2 * index]..<bounds[2 * index + 1])
    var best: (Int, Int)?
    if upper >= 2, firstWords.contains(first) {
      // FNV-1a continues over concatenations: each longer name's hash extends the shorter one.
      var prefix = first
      for length in 2...upper {
        let word = bounds[2 * (index + length - 1)]..<bounds[2 * (index + length - 1) + 1]
        if let concept = lookup(buffer, word, after: prefix) { best = (concept, length) }
        prefix = Self.hash(buffer, word, from: prefix)
      }
    }
    if let best { return best }
    return lookup(buffer, bounds[2 * index]..<bounds[2 * index + 1], after: Self.offset)
      .map { ($0, 1) }
  }

  /// The concept of the words hashed so far followed by `word`, also with a Korean particle
  /// (one or two syllables) taken off `word`'s end.
  private func lookup(
    _ buffer: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, after prefix: UInt64
  )
    -> Int?
  {
    if let concept = indexByKey[Self.hash(buffer, word, from: prefix)] { return concept }
    guard buffer[word.upperBound - 1] >= 0x80 else { return nil }
    // A precomposed Hangul syllable is three UTF-8 bytes starting 0xEA–0xED.
    for syllables in 1...2 {
      let cut = word.upperBound - 3 * syllables
      guard cut > word.lowerBound, (0xEA...0xED).contains(buffer[cut]) else { return nil }
      if Self.particleHashes.contains(Self.hash(buffer, cut..<word.upperBound)),
        let concept = indexByKey[Self.hash(buffer, word.lowerBound..<cut, from: prefix)]
      {
        return concept
      }
    }
    return nil
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

  /// FNV-1a over a range of `buffer`, continuing from `start`.
  private static func hash(
    _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, from start: UInt64 = offset
  ) -> UInt64 {
    var hash = start
    for position in range {
      hash ^= UInt64(buffer[position])
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// FNV-1a's offset basis: the hash of no bytes.
  static let offset: UInt64 = 0xcbf2_9ce4_8422_2325

  /// The keys of the words of `text`: runs of ASCII letters and digits (lowercased, as
  /// `TextNormalizer.key` folds them), or of Hangul syllables; everything else separates.
  static func wordKeys(_ text: String) -> [String] {
    var bytes: [UInt8] = []
    var bounds: [Int] = []
    fold(text, into: &bytes, bounds: &bounds)
    return stride(from: 0, to: bounds.count, by: 2).map {
      String(decoding: bytes[bounds[$0]..<bounds[$0 + 1]], as: UTF8.self)
    }
  }

  /// Appends the folded words of `text` to `bytes` and each word's start and end to `bounds`.
  static func fold(_ text: String, into bytes: inout [UInt8], bounds: inout [Int]) {
    var start = bytes.count
    var currentClass = 0
    var copy = text
    copy.withUTF8 { source in
      var index = 0
      while index < source.count {
        let byte = source[index]
        var kind = 0
        var length = 1
        if byte < 0x80 {
          kind = isASCIIWord(byte) ? 1 : 0
        } else if (0xEA...0xED).contains(byte), index + 2 < source.count {
          let value =
            (UInt32(byte & 0x0F) << 12) | (UInt32(source[index + 1] & 0x3F) << 6)
            | UInt32(source[index + 2] & 0x3F)
          kind = (0xAC00...0xD7A3).contains(value) ? 2 : 0
          length = 3
        }
        if kind != currentClass {
          if bytes.count > start {
            bounds.append(start)
            bounds.append(bytes.count)
          }
          start = bytes.count
        }
        currentClass = kind
        if kind == 1, byte != UInt8(ascii: "@") {
          bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
        } else if kind == 2 {
          bytes.append(source[index])
          bytes.append(source[index + 1])
          bytes.append(source[index + 2])
        }
        index += length
      }
    }
    if bytes.count > start {
      bounds.append(start)
      bounds.append(bytes.count)
    }
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
