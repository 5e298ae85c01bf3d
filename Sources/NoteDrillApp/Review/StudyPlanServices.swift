import Foundation
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
