import Foundation
import NoteDrillApp
import ProgressStore
import StudyCore

/// The drill store backed by the GRDB progress store.
public final class ProgressDrillStore: DrillStore {
  private let database: AppDatabase
  private let timeZone: TimeZone
  private let links: ConceptLinksLoader?
  /// This session's answers, oldest first: undo takes back the session's own last answer, never
  /// one another process (a second drill on the same store) recorded since.
  private var savedReviewIDs: [Int64] = []

  /// A store over `database`, counting study days in `timeZone`; related concepts come from
  /// `links` when given.
  public init(database: AppDatabase, timeZone: TimeZone, links: ConceptLinksLoader? = nil) {
    self.database = database
    self.timeZone = timeZone
    self.links = links
  }

  /// The concepts next to `question`'s (waiting for the graph if it is still being built).
  public func related(to question: Question) -> [RelatedConcept] {
    links?.links.related(to: question) ?? []
  }

  /// Records an answer.
  public func save(_ answer: Answer, at now: Date) throws -> ReviewOutcome? {
    let receipt = try database.recordAnswer(answer, at: now, timeZone: timeZone)
    savedReviewIDs.append(receipt.reviewID)
    return receipt.outcome
  }

  /// Removes this session's last recorded answer, never another session's.
  ///
  /// - Throws: ``UndoRefused`` when another session answered the same card since (the log
  ///   only gives up its last answer to a card); the store's errors otherwise.
  public func undoLastAnswer() throws {
    guard let reviewID = savedReviewIDs.last else { throw StoreError.nothingToUndo }
    do {
      _ = try database.undoAnswer(reviewID: reviewID)
    } catch .notLastAnswer {
      throw UndoRefused()
    }
    savedReviewIDs.removeLast()
  }

  /// The interval each rating gives, with the store's scheduler settings.
  public func outcomes(questionID: String, at now: Date) -> RatingOutcomes? {
    guard let progress = try? database.card(questionID: questionID),
      let settings = try? database.settings()
    else { return nil }
    let scheduler = FSRSScheduler(parameters: settings.schedulerParameters)
    return try? scheduler.preview(progress.card, at: now)
  }

  /// Cards left in today's queue.
  public func remaining(at now: Date) -> (count: Int, nextLearningDue: Date?) {
    guard let queue = try? database.todayQueue(at: now, timeZone: timeZone) else { return (0, nil) }
    return (queue.entries.count, queue.nextLearningDue)
  }

  /// Today's queue as drill items, capped at `limit`, skipping ids the bank no longer has;
  /// each item carries its related concepts from `links`.
  public static func items(
    database: AppDatabase, questions: [Question], at now: Date, timeZone: TimeZone,
    limit: Int?, links: ConceptLinks = ConceptLinks(), scope: Set<String>? = nil
  ) throws(StoreError) -> (items: [DrillItem], queue: StudyQueue) {
    try items(
      database: database,
      lookup: { wanted in
        // Index only the queued questions: one pass over the bank, no copy of all of it.
        var byID: [String: Question] = [:]
        byID.reserveCapacity(wanted.count)
        for index in questions.indices where wanted.contains(questions[index].id) {
          let id = questions[index].id
          if byID[id] == nil { byID[id] = questions[index] }
        }
        return byID
      }, at: now, timeZone: timeZone, limit: limit, links: links, scope: scope)
  }

  /// Today's queue as drill items, the queued questions found by `lookup` (ids → questions,
  /// leaving out ids the bank no longer has), so a bank read from its cache decodes only
  /// today's questions.
  public static func items(
    database: AppDatabase, lookup: (Set<String>) -> [String: Question], at now: Date,
    timeZone: TimeZone, limit: Int?, links: ConceptLinks = ConceptLinks(),
    scope: Set<String>? = nil
  ) throws(StoreError) -> (items: [DrillItem], queue: StudyQueue) {
    let queue = try database.todayQueue(at: now, timeZone: timeZone, scope: scope)
    let entries = limit.map { Array(queue.entries.prefix(max(0, $0))) } ?? queue.entries
    let byID = lookup(Set(entries.map(\.questionID)))
    // Options in a new order at each showing, so a card asked again is not answered by place.
    let seed = StudyOrder.seed(at: now)
    var items = entries.compactMap { entry in
      byID[entry.questionID].map {
        DrillItem(
          question: StudyOrder.reshuffled($0, seed: seed), reason: entry.reason,
          related: links.related(to: $0))
      }
    }
    if let limit { items = Array(items.prefix(max(0, limit))) }
    return (items, queue)
  }
}
