/// The questions of a bank indexed by topic and by concept, for weak-topic review and
/// checklists: which concepts each question is about, and which questions each concept has.
public struct StudyIndex: Sendable {
  /// The questions, in bank order.
  public let questions: [Question]
  /// The concept graph the concepts come from.
  public let graph: ConceptGraph
  /// Alias lists used to resolve names.
  public let aliases: AliasTable
  /// Concept ids of each question (same order as ``questions``).
  public let conceptsOfQuestion: [[String]]
  /// Question positions per concept id, in bank order.
  public let questionsOfConcept: [String: [Int]]
  /// Question positions per topic key (note and topic), in bank order.
  public let questionsOfTopic: [String: [Int]]
  /// Topic keys in the order their first question appears.
  public let topicOrder: [String]
  /// Question positions per heading they are under (every heading of the path but the note's
  /// title), in bank order.
  public let questionsOfHeading: [String: [Int]]

  /// Indexes `questions` against `graph`. A question is about the concepts its terms name, and
  /// about the concepts its own heading (the last of its heading path) names, so the questions
  /// under `Route 53` count as Route 53 questions.
  public init(questions: [Question], graph: ConceptGraph, aliases: AliasTable) {
    self.questions = questions
    self.graph = graph
    self.aliases = aliases
    var scanner = MentionScanner(concepts: graph.concepts, aliases: aliases)
    var headingCache: [String: [String]] = [:]
    var byQuestion: [[String]] = []
    var byConcept: [String: [Int]] = [:]
    var byTopic: [String: [Int]] = [:]
    var order: [String] = []
    var byHeading: [String: [Int]] = [:]
    byQuestion.reserveCapacity(questions.count)
    for (position, question) in questions.enumerated() {
      var ids: [String] = []
      for term in question.terms {
        if let id = graph.concept(named: term, aliases: aliases)?.id, !ids.contains(id) {
          ids.append(id)
        }
      }
      let path = question.source.headingPath
      for heading in Set(path.count > 1 ? path.dropFirst() : path[...]) {
        byHeading[heading, default: []].append(position)
      }
      if let heading = path.last {
        let named =
          headingCache[heading]
          ?? {
            let found = scanner.mentions(in: heading).map { graph.concepts[$0].id }
            headingCache[heading] = found
            return found
          }()
        for id in named where !ids.contains(id) { ids.append(id) }
      }
      byQuestion.append(ids)
      for id in ids { byConcept[id, default: []].append(position) }
      let topic = Self.topicKey(question)
      if byTopic[topic] == nil { order.append(topic) }
      byTopic[topic, default: []].append(position)
    }
    conceptsOfQuestion = byQuestion
    questionsOfConcept = byConcept
    questionsOfTopic = byTopic
    topicOrder = order
    questionsOfHeading = byHeading
  }

  /// The key of a question's topic: its note and heading path.
  public static func topicKey(_ question: Question) -> String {
    question.source.document + "\u{1F}" + question.topic
  }

  /// The concepts a piece of text names (services and defined terms, whole words, longest
  /// name first), in order of first mention.
  public func concepts(namedIn text: String) -> [Concept] {
    var scanner = MentionScanner(concepts: graph.concepts, aliases: aliases)
    return scanner.mentions(in: text).map { graph.concepts[$0] }
  }

  /// The headings that share two words in a row with `text` (compared by key, so case, width
  /// and punctuation do not matter: `CI/CD 파이프라인` matches `CI/CD 파이프라인 흐름`), in bank
  /// order, and the questions under them: what a checklist item that names no concept covers.
  public func headings(sharingWordsWith text: String) -> (headings: [String], questions: [Question])
  {
    let wanted = Self.wordPairs(text)
    guard !wanted.isEmpty else { return ([], []) }
    var matched: [(heading: String, positions: [Int])] = []
    for (heading, positions) in questionsOfHeading
    where !wanted.isDisjoint(with: Self.wordPairs(heading)) {
      matched.append((heading, positions))
    }
    matched.sort { ($0.positions.first ?? 0) < ($1.positions.first ?? 0) }
    let positions = Set(matched.flatMap(\.positions)).sorted()
    return (matched.map(\.heading), positions.map { questions[$0] })
  }

  /// Every two consecutive words of `text`, each reduced to its comparison key.
  static func wordPairs(_ text: String) -> Set<String> {
    let words = text.split(whereSeparator: \.isWhitespace).map { TextNormalizer.key(String($0)) }
      .filter { !$0.isEmpty }
    guard words.count >= 2 else { return [] }
    return Set((1..<words.count).map { words[$0 - 1] + " " + words[$0] })
  }

  /// The questions about any of `conceptIDs`, in bank order without repeats.
  public func questions(about conceptIDs: [String]) -> [Question] {
    let positions = Set(conceptIDs.flatMap { questionsOfConcept[$0] ?? [] })
    return positions.sorted().map { questions[$0] }
  }

  /// The concept ids next to `conceptIDs` in the graph (any edge kind), without those given.
  public func neighbours(of conceptIDs: [String]) -> [String] {
    let given = Set(conceptIDs)
    var result: [String] = []
    for id in conceptIDs {
      for neighbour in graph.neighbours(of: id)
      where !given.contains(neighbour.concept.id) && !result.contains(neighbour.concept.id) {
        result.append(neighbour.concept.id)
      }
    }
    return result
  }
}
