/// Weak-topic review: topics and concepts ranked by mastery, and the questions a review of one
/// of them asks. Pure: the store supplies the evidence.
public struct WeakTopics: Sendable {
  /// The indexed bank.
  public let index: StudyIndex
  /// What the store knows, by question id; a question missing here was never studied.
  public let evidence: [String: QuestionEvidence]

  /// Weak topics over `index` with `evidence`.
  public init(index: StudyIndex, evidence: [String: QuestionEvidence]) {
    self.index = index
    self.evidence = evidence
  }

  /// The evidence for one question.
  public func evidence(of question: Question) -> QuestionEvidence {
    evidence[question.id] ?? .unstudied(question.id)
  }

  /// Every topic (note and heading path), weakest first (see ``MasteryModel/ranked(_:)``).
  public func topics() -> [MasteryScore] {
    MasteryModel.ranked(
      index.topicOrder.compactMap { key in
        guard let positions = index.questionsOfTopic[key], let first = positions.first else {
          return nil
        }
        let question = index.questions[first]
        return MasteryModel.score(
          key: key, name: question.topic, document: question.source.document,
          evidence: positions.map { evidence(of: index.questions[$0]) })
      })
  }

  /// Every concept with questions, weakest first.
  public func concepts() -> [MasteryScore] {
    MasteryModel.ranked(
      index.graph.concepts.compactMap { concept in
        guard let positions = index.questionsOfConcept[concept.id] else { return nil }
        return MasteryModel.score(
          key: concept.id, name: concept.name,
          evidence: positions.map { evidence(of: index.questions[$0]) })
      })
  }

  /// The review of a topic: its questions plus those about the concept-graph neighbours of the
  /// concepts it covers, weakest first, one per sibling group, at most `limit`.
  public func review(topic key: String, limit: Int) -> [Question] {
    let own = (index.questionsOfTopic[key] ?? []).map { index.questions[$0] }
    var concepts: [String] = []
    for position in index.questionsOfTopic[key] ?? [] {
      for id in index.conceptsOfQuestion[position] where !concepts.contains(id) {
        concepts.append(id)
      }
    }
    return weakestFirst(own: own, around: concepts, limit: limit)
  }

  /// The review of a concept: its questions plus those of its graph neighbours, weakest first.
  public func review(concept id: String, limit: Int) -> [Question] {
    weakestFirst(own: index.questions(about: [id]), around: [id], limit: limit)
  }

  /// `own` and the questions about the neighbours of `concepts`, ordered by
  /// ``MasteryModel/questionScore(_:)`` (own questions first on ties, then bank order), the
  /// weakest of each sibling group only.
  public func weakestFirst(own: [Question], around concepts: [String], limit: Int)
    -> [Question]
  {
    let ownIDs = Set(own.map(\.id))
    let nearby = index.questions(about: index.neighbours(of: concepts))
      .filter { !ownIDs.contains($0.id) }
    let candidates = own.map { ($0, 0) } + nearby.map { ($0, 1) }
    let sorted = candidates.enumerated().sorted { left, right in
      let a = MasteryModel.questionScore(evidence(of: left.element.0))
      let b = MasteryModel.questionScore(evidence(of: right.element.0))
      return (a, left.element.1, left.offset) < (b, right.element.1, right.offset)
    }
    var groups: Set<String> = []
    var result: [Question] = []
    for (_, (question, _)) in sorted where result.count < limit {
      let group = question.siblingGroup.isEmpty ? question.id : question.siblingGroup
      if groups.insert(group).inserted { result.append(question) }
    }
    return result
  }
}

/// A checklist item with what it covers: the concepts its text names, their questions and how
/// well those are known.
public struct ChecklistCoverage: Equatable, Sendable {
  /// The item.
  public var item: ChecklistItem
  /// The concepts the item names, in order of mention.
  public var concepts: [Concept]
  /// The headings its questions were found under when it names no concept (see
  /// ``StudyIndex/headings(sharingWordsWith:)``); empty otherwise.
  public var headings: [String] = []
  /// The questions about those concepts (or under those headings), in bank order.
  public var questions: [Question]
  /// Mastery of those questions.
  public var mastery: MasteryScore

  /// A coverage with every field given.
  public init(
    item: ChecklistItem, concepts: [Concept], questions: [Question], mastery: MasteryScore
  ) {
    self.item = item
    self.concepts = concepts
    self.questions = questions
    self.mastery = mastery
  }
}

extension WeakTopics {
  /// What `item` covers: the concepts its text names (through the concept graph) and their
  /// questions; when that finds no question, the questions under headings sharing two words in
  /// a row with the item (`CI/CD 파이프라인 …` → the `CI/CD 파이프라인 흐름` section).
  public func coverage(of item: ChecklistItem) -> ChecklistCoverage {
    let concepts = index.concepts(namedIn: item.text)
    var questions = index.questions(about: concepts.map(\.id))
    var headings: [String] = []
    if questions.isEmpty { (headings, questions) = index.headings(sharingWordsWith: item.text) }
    var coverage = ChecklistCoverage(
      item: item, concepts: concepts, questions: questions,
      mastery: MasteryModel.score(
        key: item.id, name: item.text, document: item.document,
        evidence: questions.map { evidence(of: $0) }))
    coverage.headings = headings
    return coverage
  }

  /// A short quiz checking `coverage`: its weakest questions, one per sibling group.
  public func verifyQuiz(_ coverage: ChecklistCoverage, limit: Int) -> [Question] {
    weakestFirst(own: coverage.questions, around: [], limit: limit)
  }
}
