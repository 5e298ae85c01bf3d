import StudyCore

/// A stable 64-bit digest of everything the store keeps about a question (FNV-1a over the
/// fields with separators). Unlike `Hasher` it is the same in every process, so reconcile can
/// tell an unchanged question from an edited one without reading its text back.
struct QuestionFingerprint {
  private var state: UInt64 = 0xcbf2_9ce4_8422_2325

  /// The digest of `question`, as a signed value for an SQLite integer column.
  static func of(_ question: Question) -> Int64 {
    var hasher = QuestionFingerprint()
    hasher.add(question.id)
    hasher.add(question.kind.rawValue)
    hasher.add(question.format.rawValue)
    hasher.add(question.prompt)
    hasher.add(question.keys)
    hasher.add(question.options)
    hasher.add(question.aliases)
    hasher.add(question.explanation)
    hasher.add(question.source.document)
    hasher.add(question.source.path)
    hasher.add(String(question.source.line))
    hasher.add(question.source.headingPath)
    hasher.add(question.topic)
    hasher.add(question.terms)
    hasher.add(question.siblingGroup)
    hasher.add(question.language.rawValue)
    hasher.add(String(question.order))
    return Int64(bitPattern: hasher.state)
  }

  /// The digest of a whole bank: its questions' ids and digests in order.
  static func ofBank(_ fingerprints: [(id: String, fingerprint: Int64)]) -> Int64 {
    var hasher = QuestionFingerprint()
    for (id, fingerprint) in fingerprints {
      hasher.add(id)
      hasher.add(String(fingerprint))
    }
    return Int64(bitPattern: hasher.state)
  }

  private mutating func add(_ text: String) {
    for byte in text.utf8 { mix(byte) }
    mix(0x1F)
  }

  private mutating func add(_ list: [String]) {
    for item in list { add(item) }
    mix(0x1E)
  }

  private mutating func mix(_ byte: UInt8) {
    state ^= UInt64(byte)
    state = state &* 0x0000_0100_0000_01B3
  }
}
