import Foundation
import NoteOutline
import ProgressStore
import StudyCore

/// A checklist item as the checklist screen shows it: the learner's state and what it covers.
public struct ChecklistEntry: Equatable, Sendable {
  /// The item as written in the note.
  public var item: ChecklistItem
  /// The note's path.
  public var path: String
  /// Whether it is ticked: the learner's state in the store, else the note's box.
  public var isChecked: Bool
  /// The concepts it names, their questions and mastery.
  public var coverage: ChecklistCoverage
  /// Retrievability now of each of those questions that has a schedule, by question id.
  public var recall: [String: Double]

  /// An entry with every field given.
  public init(
    item: ChecklistItem, path: String, isChecked: Bool, coverage: ChecklistCoverage,
    recall: [String: Double] = [:]
  ) {
    self.item = item
    self.path = path
    self.isChecked = isChecked
    self.coverage = coverage
    self.recall = recall
  }
}

/// What weak-topic review and the checklists need beyond the drill: mastery, sessions over
/// chosen questions, checklist state.
public protocol StudyPlanServices: AnyObject {
  /// Topics and concepts ranked by mastery now.
  func weakTopics(at now: Date) throws -> WeakTopics
  /// A session over `questions`, logged with `mode` and scheduled normally.
  func session(over questions: [Question], mode: StudyMode, at now: Date) throws -> DrillSession
  /// Every checklist item of the notes, in note order.
  func checklistEntries(at now: Date) throws -> [ChecklistEntry]
  /// Sets an item's state in the store; with `writeBack`, also ticks (or clears) its box in the
  /// note, atomically, before the store is changed.
  func setChecklist(_ entry: ChecklistEntry, checked: Bool, writeBack: Bool, at now: Date) throws
}

/// The study-plan services over the GRDB store and the notes.
public final class StoreStudyPlanServices: StudyPlanServices {
  private let database: AppDatabase
  private let documents: [NoteDocument]
  private let grader: TypedAnswerGrader
  private let questions: [Question]
  private let links: ConceptLinksLoader
  /// Built on first use (waiting for the concept graph then), so opening the app does not.
  private lazy var index: StudyIndex = {
    let ready = links.links
    return StudyIndex(questions: questions, graph: ready.graph, aliases: ready.aliases)
  }()

  /// Services for `documents` and their bank `questions`, with the concept graph (and its
  /// alias lists) from `links`, which may still be building.
  public init(
    database: AppDatabase, documents: [NoteDocument], questions: [Question],
    links: ConceptLinksLoader, grader: TypedAnswerGrader
  ) {
    self.database = database
    self.documents = documents
    self.grader = grader
    self.questions = questions
    self.links = links
  }

  /// Mastery from the store's evidence now.
  public func weakTopics(at now: Date) throws -> WeakTopics {
    WeakTopics(index: index, evidence: try database.masteryEvidence(at: now))
  }

  /// A session over `questions`: never-studied ones as new cards, the rest as reviews.
  public func session(over questions: [Question], mode: StudyMode, at now: Date) throws
    -> DrillSession
  {
    let evidence = try database.masteryEvidence(at: now)
    let items = questions.map { question in
      DrillItem(
        question: question, reason: evidence[question.id]?.retrievability == nil ? .new : .review,
        related: links.links.related(to: question))
    }
    return DrillSession(items: items, grader: grader, mode: mode, at: now)
  }

  /// Every checklist item with its state and coverage.
  public func checklistEntries(at now: Date) throws -> [ChecklistEntry] {
    let weak = try weakTopics(at: now)
    let states = try database.checklistStates()
    return documents.flatMap { document in
      Checklists.items(in: document).map { item in
        let coverage = weak.coverage(of: item)
        var recall: [String: Double] = [:]
        for question in coverage.questions {
          recall[question.id] = weak.evidence[question.id]?.retrievability
        }
        return ChecklistEntry(
          item: item, path: document.path, isChecked: states[item.id] ?? item.checked,
          coverage: coverage, recall: recall)
      }
    }
  }

  /// Sets an item's state; the note is written first when asked, so a refused write changes
  /// nothing.
  public func setChecklist(_ entry: ChecklistEntry, checked: Bool, writeBack: Bool, at now: Date)
    throws
  {
    if writeBack { try ChecklistFile.write(entry.item, checked: checked, path: entry.path) }
    try database.setChecklistState(entry.item, path: entry.path, isChecked: checked, at: now)
  }
}
