/// Why an exam cannot be put together.
public enum ExamFilterError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A `--note` value matched no note.
  case unknownNote(String, available: [String])
  /// A `--topic` value matched no question.
  case unknownTopic(String)
  /// Nothing left to ask.
  case noQuestions

  /// A one-line message for the learner.
  public var description: String {
    switch self {
    case .unknownNote(let name, let available):
      "no note matches \"\(name)\" (notes: \(available.joined(separator: ", ")))"
    case .unknownTopic(let topic): "no question's topic contains \"\(topic)\""
    case .noQuestions: "the notes give no question an exam can ask"
    }
  }
}

/// Restricts the bank to some notes and topics before an exam is drawn.
public enum ExamFilter {
  /// The questions of the notes matching `notes` (file id or title, case-insensitive part) and
  /// of the topics containing one of `topics`; empty lists do not restrict.
  ///
  /// `eligible` decides which questions may be kept at all (by default those an exam can ask;
  /// a drill of one note takes every kind).
  public static func questions(
    _ questions: [Question], titles: [String: String], notes: [String], topics: [String],
    eligible: (Question) -> Bool = ExamDraw.isEligible
  ) throws(ExamFilterError) -> [Question] {
    var kept = questions.filter(eligible)
    if !notes.isEmpty {
      let documents = Array(Set(questions.map(\.source.document))).sorted()
      var wanted: Set<String> = []
      for name in notes {
        let needle = name.lowercased()
        let matches = documents.filter {
          $0.lowercased().contains(needle) || (titles[$0] ?? "").lowercased().contains(needle)
        }
        if matches.isEmpty { throw .unknownNote(name, available: documents) }
        wanted.formUnion(matches)
      }
      kept = kept.filter { wanted.contains($0.source.document) }
    }
    if !topics.isEmpty {
      for topic in topics where !kept.contains(where: { matches($0, topic) }) {
        throw .unknownTopic(topic)
      }
      kept = kept.filter { question in topics.contains { matches(question, $0) } }
    }
    if kept.isEmpty { throw .noQuestions }
    return kept
  }

  private static func matches(_ question: Question, _ topic: String) -> Bool {
    question.topic.lowercased().contains(topic.lowercased())
  }
}
