import NoteOutline

/// A checklist item's state as the learner set it in NoteDrill (the store's copy).
public struct CheckedItem: Sendable, Equatable {
  /// The note's id.
  public var document: String
  /// The item's text.
  public var text: String
  /// The 1-based line it was on when set.
  public var line: Int
  /// Whether it is ticked.
  public var isChecked: Bool

  /// Creates a state.
  public init(document: String, text: String, line: Int, isChecked: Bool) {
    self.document = document
    self.text = text
    self.line = line
    self.isChecked = isChecked
  }
}

/// Checklist completion per note: the notes' study checklist items, each ticked as the learner
/// last set it in NoteDrill, else as the note writes it (`[x]`).
public enum ChecklistProgress {
  /// One row per note that has checklist items, in the order of `documents`.
  public static func perNote(_ documents: [NoteDocument], stored: [CheckedItem])
    -> [ChecklistCompletion]
  {
    let byText = Dictionary(grouping: stored) { TextKey(document: $0.document, text: $0.text) }
    return documents.compactMap { document in
      let items = Checklists.items(in: document)
      guard !items.isEmpty else { return nil }
      let checked = items.filter { item in
        isChecked(item, candidates: byText[TextKey(document: item.document, text: item.text)])
      }.count
      return ChecklistCompletion(path: document.path, total: items.count, checked: checked)
    }
  }

  /// The stored state for `item` (the one on the same line when the text repeats), else the
  /// note's own mark.
  private static func isChecked(_ item: ChecklistItem, candidates: [CheckedItem]?) -> Bool {
    guard let candidates, let first = candidates.first else { return item.checked }
    return (candidates.first { $0.line == item.line } ?? first).isChecked
  }

  private struct TextKey: Hashable {
    let document: String
    let text: String
  }
}
