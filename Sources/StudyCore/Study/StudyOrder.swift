import Foundation

/// The order a study day asks its cards in. Pure: the same cards give the same order.
///
/// - **New cards** come from the topic least far along (the share of its cards already
///   introduced), so every topic gets its first card before any gets a second, and a topic
///   twice the size gets twice the turns; topics at the same point alternate between notes in
///   proportion to their topic counts; inside a topic the note's order is kept.
/// - **Reviews** go by due day (the most overdue first); inside a day, one card per topic in
///   turn, each topic's weakest card first, so a day's reviews do not come in blocks.
/// - **Spacing**: no two cards in a row share a subject (a term they ask about) or an option
///   set, as far as the next few cards allow.
public enum StudyOrder {
  /// How far ahead ``spaced(_:)`` looks for a card to put between two that clash.
  public static let lookahead = 12

  /// Picks today's new cards from `fresh` (cards never studied, in any order). `introduced`
  /// counts each topic's cards already studied; `admit` says whether a card may join today
  /// (sibling burial) and is asked once per card considered, in the order chosen.
  public static func newCards(
    _ fresh: [StudyCard], introduced: [String: Int], limit: Int,
    admit: (StudyCard) -> Bool
  ) -> [StudyCard] {
    guard limit > 0 else { return [] }
    var topics = TopicTurns(fresh, introduced: introduced)
    var chosen: [StudyCard] = []
    while chosen.count < limit, let card = topics.next() {
      if admit(card) {
        chosen.append(card)
        topics.taken(card)
      }
    }
    return chosen
  }

  /// Orders `due` reviews: by due day (the study day number it fell due), then one card per
  /// topic in turn, each topic's lowest recall first.
  public static func reviews(_ due: [DueCard]) -> [DueCard] {
    let days = Dictionary(grouping: due, by: \.dueDay)
    return days.keys.sorted().flatMap { day in
      roundRobin(days[day] ?? [])
    }
  }

  /// One day's reviews, one per topic in turn; topics in order of their weakest card.
  static func roundRobin(_ cards: [DueCard]) -> [DueCard] {
    var byTopic: [String: [DueCard]] = [:]
    for card in cards { byTopic[card.card.topic, default: []].append(card) }
    var lists = byTopic.values.map { list in
      list.sorted {
        ($0.recall, $0.card.position, $0.card.id) < ($1.recall, $1.card.position, $1.card.id)
      }
    }
    lists.sort { a, b in
      (a[0].recall, a[0].card.position, a[0].card.id) < (
        b[0].recall, b[0].card.position, b[0].card.id
      )
    }
    var result: [DueCard] = []
    result.reserveCapacity(cards.count)
    var round = 0
    while result.count < cards.count {
      for list in lists where round < list.count { result.append(list[round]) }
      round += 1
    }
    return result
  }

  /// `cards` reordered so that, as far as the next ``lookahead`` cards allow, no card follows
  /// one it clashes with (see ``StudyCard/clashes(with:)``). Otherwise the order is kept.
  public static func spaced(_ cards: [StudyCard]) -> [StudyCard] {
    var rest = cards
    var result: [StudyCard] = []
    result.reserveCapacity(cards.count)
    while !rest.isEmpty {
      var pick = 0
      if let last = result.last {
        let window = rest.indices.prefix(lookahead)
        pick = window.first { !rest[$0].clashes(with: last) } ?? 0
      }
      result.append(rest.remove(at: pick))
    }
    return result
  }

  /// A shuffle seed from the time a card is shown.
  public static func seed(at now: Date) -> UInt64 {
    UInt64(truncatingIfNeeded: UTCTimestamp.unixMicros(now))
  }

  /// `question` with its options in a fresh order for one showing (`seed` from the card and
  /// the time it is shown), so a card asked again cannot be answered by position.
  public static func reshuffled(_ question: Question, seed: UInt64) -> Question {
    guard question.options.count > 1, question.format != .ordering else { return question }
    var shown = question
    var generator = SeededGenerator(seed: StableID.hash([String(seed), question.id]))
    shown.options.shuffle(using: &generator)
    if shown.options == question.options { shown.options.shuffle(using: &generator) }
    return shown
  }
}

/// The turns of new-card topics: always the topic least far along, ties alternating notes.
struct TopicTurns {
  private struct Topic {
    var cards: [StudyCard]
    var next = 0
    var size: Int
    var introduced: Int
    var slot: Double
    var noteRank: Int
    var progress: Double { Double(introduced) / Double(max(1, size)) }
  }
  private var topics: [Topic]

  init(_ fresh: [StudyCard], introduced: [String: Int]) {
    let sorted = fresh.sorted { ($0.position, $0.id) < ($1.position, $1.id) }
    var topicOrder: [String] = []
    var cardsOf: [String: [StudyCard]] = [:]
    var noteOrder: [String] = []
    var topicsOfNote: [String: [String]] = [:]
    for card in sorted {
      if cardsOf[card.topic] == nil {
        topicOrder.append(card.topic)
        if topicsOfNote[card.note] == nil { noteOrder.append(card.note) }
        topicsOfNote[card.note, default: []].append(card.topic)
      }
      cardsOf[card.topic, default: []].append(card)
    }
    topics = topicOrder.map { key in
      let cards = cardsOf[key] ?? []
      let note = cards.first?.note ?? ""
      let siblings = topicsOfNote[note] ?? [key]
      let index = siblings.firstIndex(of: key) ?? 0
      let done = introduced[key, default: 0]
      return Topic(
        cards: cards, size: cards.count + done, introduced: done,
        slot: (Double(index) + 0.5) / Double(siblings.count),
        noteRank: noteOrder.firstIndex(of: note) ?? 0)
    }
  }

  /// The next card to consider, from the topic least far along; `nil` when none is left.
  mutating func next() -> StudyCard? {
    let open = topics.indices.filter { topics[$0].next < topics[$0].cards.count }
    guard
      let best = open.min(by: { a, b in
        (topics[a].progress, topics[a].slot, topics[a].noteRank, a)
          < (topics[b].progress, topics[b].slot, topics[b].noteRank, b)
      })
    else { return nil }
    let card = topics[best].cards[topics[best].next]
    topics[best].next += 1
    return card
  }

  /// Counts `card` as introduced in its topic.
  mutating func taken(_ card: StudyCard) {
    guard let index = topics.firstIndex(where: { $0.cards.first?.topic == card.topic }) else {
      return
    }
    topics[index].introduced += 1
  }
}
