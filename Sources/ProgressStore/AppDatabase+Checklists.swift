import Foundation
import GRDB
import StudyCore

extension AppDatabase {
  /// Records the learner's state for a checklist item of the note at `path` (one row per item
  /// id, replaced on every change).
  public func setChecklistState(
    _ item: ChecklistItem, path: String, isChecked: Bool, at now: Date
  ) throws(StoreError) {
    try setChecklistItem(
      ChecklistItemState(
        id: item.id, document: item.document, path: path, line: item.line, text: item.text,
        isChecked: isChecked, updatedAt: StoreTime.micros(now)))
  }

  /// The learner's state per checklist item id.
  public func checklistStates() throws(StoreError) -> [String: Bool] {
    Dictionary(try checklistItems().map { ($0.id, $0.isChecked) }) { _, last in last }
  }
}
