import NoteOutline

/// One `- [ ]` study checklist item in a note.
public struct ChecklistItem: Equatable, Sendable, Codable {
  /// The note's id.
  public var document: String
  /// The item's text.
  public var text: String
  /// Whether the note has it ticked.
  public var checked: Bool
  /// The 1-based source line.
  public var line: Int
  /// Clean heading titles down to the item.
  public var headingPath: [String]
}

/// Finds study checklists in notes: task lists, except those that are authored choice
/// questions (a task list with checked items right under a question line).
public enum Checklists {
  /// Every checklist item of `document`, in note order.
  public static func items(in document: NoteDocument) -> [ChecklistItem] {
    var result: [ChecklistItem] = []
    for section in document.allSections {
      var previousText: String?
      for block in section.blocks {
        if case .list(let list) = block {
          collect(list, question: previousText, document, section.path, into: &result)
        }
        if case .paragraph(let paragraph) = block {
          previousText = paragraph.text.text
        } else {
          previousText = nil
        }
      }
    }
    return result
  }

  private static func collect(
    _ list: ListBlock, question: String?, _ document: NoteDocument, _ path: [String],
    into result: inout [ChecklistItem]
  ) {
    if AuthoredCards.isAuthoredChoice(question: question, items: list.items) { return }
    for item in list.items {
      if let checked = item.task {
        result.append(
          ChecklistItem(
            document: document.id, text: item.text.text, checked: checked, line: item.line,
            headingPath: path))
      }
      for case .list(let inner) in item.children {
        collect(inner, question: item.text.text, document, path, into: &result)
      }
    }
  }
}
