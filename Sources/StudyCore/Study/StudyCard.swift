/// A card as ``StudyOrder`` sees it: where it sits in the notes and what it asks about.
public struct StudyCard: Equatable, Sendable {
  /// The question's id.
  public var id: String
  /// The note it comes from.
  public var note: String
  /// Its topic key (note and heading path, as ``StudyIndex/topicKey(_:)``).
  public var topic: String
  /// Its sibling group key (the id when it has no group).
  public var group: String
  /// The concepts it asks about, as comparison keys.
  public var subjects: Set<String>
  /// Its options, as comparison keys (empty for typed and true/false questions).
  public var options: Set<String>
  /// Its place in note order.
  public var position: Int

  /// A card with every field given.
  public init(
    id: String, note: String, topic: String, group: String, subjects: Set<String>,
    options: Set<String>, position: Int
  ) {
    self.id = id
    self.note = note
    self.topic = topic
    self.group = group.isEmpty ? "id:" + id : group
    self.subjects = subjects
    self.options = options
    self.position = position
  }

  /// The card of `question`.
  public init(question: Question) {
    self.init(
      id: question.id, note: question.source.document, topic: StudyIndex.topicKey(question),
      group: question.siblingGroup, subjects: Self.keys(question.terms),
      options: Self.keys(question.options), position: question.order)
  }

  /// Comparison keys of `texts`, empty ones dropped.
  public static func keys(_ texts: [String]) -> Set<String> {
    Set(texts.map(TextNormalizer.key).filter { !$0.isEmpty })
  }

  /// Whether the two should not be asked one after the other: same sibling group, a shared
  /// subject, or option sets sharing three options (or all of the smaller one's).
  public func clashes(with other: StudyCard) -> Bool {
    if group == other.group || !subjects.isDisjoint(with: other.subjects) { return true }
    guard options.count >= 2, other.options.count >= 2 else { return false }
    let shared = options.intersection(other.options).count
    return shared >= min(3, options.count, other.options.count)
  }
}

/// A review due today, as ``StudyOrder/reviews(_:)`` orders it.
public struct DueCard: Equatable, Sendable {
  /// The card.
  public var card: StudyCard
  /// The study day it fell due on.
  public var dueDay: Int
  /// Its probability of recall now.
  public var recall: Double

  /// A due card.
  public init(card: StudyCard, dueDay: Int, recall: Double) {
    self.card = card
    self.dueDay = dueDay
    self.recall = recall
  }
}
