import Foundation
import NoteDrillApp
import NoteOutline
import ProgressStore
import StudyCore

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

  /// The questions' concepts and topics, built on first use (waiting for the concept graph).
  public func studyIndex() -> StudyIndex { index }

  /// Mastery from the store's evidence now.
  public func weakTopics(at now: Date) throws -> WeakTopics {
    WeakTopics(index: index, evidence: try database.masteryEvidence(at: now))
  }

  /// A session over `questions`: never-studied ones as new cards, the rest as reviews.
  public func session(over questions: [Question], mode: StudyMode, at now: Date) throws
    -> DrillSession
  {
    let evidence = try database.masteryEvidence(at: now)
    let seed = StudyOrder.seed(at: now)
    let items = questions.map { question in
      DrillItem(
        question: StudyOrder.reshuffled(question, seed: seed),
        reason: evidence[question.id]?.retrievability == nil ? .new : .review,
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
