import Foundation
import NoteDrillApp
import NoteOutline
import ProgressStore
import StudyCore

/// The app's services over the GRDB store and the notes' bank.
public final class StoreServices: AppServices {
  private let database: AppDatabase
  private let questions: [Question]
  private let grader: TypedAnswerGrader
  private let timeZone: TimeZone
  private let limit: Int?
  private let store: ProgressDrillStore
  /// Mock exams over the same store.
  public var exams: ExamServices?
  /// The questions a drill is limited to (`drill --note/--topic/--concept`); all when nil.
  public var scope: Set<String>?
  private let exporter: ReportExport

  /// Services over `database` for the bank's `questions`, sessions capped at `limit`; answer
  /// screens show related concepts from `links`; `documents` are the notes, for checklist
  /// completion in reports.
  public convenience init(
    database: AppDatabase, questions: [Question], grader: TypedAnswerGrader, timeZone: TimeZone,
    limit: Int?, links: ConceptLinks = ConceptLinks(), documents: [NoteDocument] = []
  ) {
    self.init(
      database: database, questions: questions, grader: grader, timeZone: timeZone,
      limit: limit, links: ConceptLinksLoader(ready: links), documents: documents)
  }

  /// Services whose related concepts come from a graph that may still be building: they are
  /// looked up when an answer is shown, so building the session does not wait for the graph.
  public init(
    database: AppDatabase, questions: [Question], grader: TypedAnswerGrader, timeZone: TimeZone,
    limit: Int?, links: ConceptLinksLoader, documents: [NoteDocument] = []
  ) {
    exporter = ReportExport(database: database, documents: documents, timeZone: timeZone)
    self.database = database
    self.questions = questions
    self.grader = grader
    self.timeZone = timeZone
    self.limit = limit
    store = ProgressDrillStore(database: database, timeZone: timeZone, links: links)
  }

  /// Today's numbers; zeros when the store cannot be read.
  public func homeNumbers(at now: Date) -> HomeNumbers {
    let queue = try? database.todayQueue(at: now, timeZone: timeZone)
    let stats = try? database.stats(at: now, timeZone: timeZone)
    return HomeNumbers(
      due: queue?.entries(.review).count ?? 0, learning: queue?.entries(.learning).count ?? 0,
      new: queue?.entries(.new).count ?? 0, doneToday: stats?.reviews.today ?? 0,
      streak: stats?.streak.current ?? 0, retention: stats?.retention.last30Days.rate)
  }

  /// Today's session.
  public func drillSession(at now: Date) throws -> DrillSession {
    let (items, _) = try ProgressDrillStore.items(
      database: database, questions: questions, at: now, timeZone: timeZone, limit: limit,
      scope: scope)
    return DrillSession(items: items, grader: grader, at: now)
  }

  /// The stats page's report.
  public func report(at now: Date) -> ProgressReport? {
    try? exporter.report(at: now)
  }

  /// An export screen for today, writing relative names in the working folder.
  public func exportScreen(at now: Date) -> ExportScreen {
    let day = StudyDay(
      containing: now, timeZone: timeZone,
      startHour: (try? database.settings().dayStartHour) ?? 4)
    return ExportScreen(
      studyDay: day.name, folder: FileManager.default.currentDirectoryPath)
  }

  /// Writes the report.
  public func exportReport(_ format: ReportFormat, to path: String, at now: Date)
    -> Result<String, ReportWriteError>
  {
    do {
      let text = try exporter.text(format, at: now)
      return .success(try ReportExport.write(text, to: path))
    } catch let error as ReportWriteError {
      return .failure(error)
    } catch {
      return .failure(ReportWriteError(message: "\(error)"))
    }
  }

  /// Records an answer.
  public func save(_ answer: Answer, at now: Date) throws -> ReviewOutcome? {
    try store.save(answer, at: now)
  }

  /// Removes the last answer.
  public func undoLastAnswer() throws { try store.undoLastAnswer() }

  /// The interval each rating gives.
  public func outcomes(questionID: String, at now: Date) -> RatingOutcomes? {
    store.outcomes(questionID: questionID, at: now)
  }

  /// The concepts next to `question`'s.
  public func related(to question: Question) -> [RelatedConcept] { store.related(to: question) }

  /// Cards still due today.
  public func remaining(at now: Date) -> (count: Int, nextLearningDue: Date?) {
    store.remaining(at: now)
  }
}
