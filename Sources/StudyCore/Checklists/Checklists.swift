import NoteOutline

/// One `- [ ]` study checklist item in a note.
public struct ChecklistItem: Equatable, Sendable, Codable {
  /// Stable id from the note and the item's text (`c` and 16 hex digits): the key of the
  /// learner's state for the item in the store. A second item with the same text in the same
  /// note gets its occurrence number hashed in as well.
  public var id: String
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

  /// An item with every field given (``Checklists/items(in:)`` finds them in notes).
  public init(
    id: String, document: String, text: String, checked: Bool, line: Int, headingPath: [String]
  ) {
    self.id = id
    self.document = document
    self.text = text
    self.checked = checked
    self.line = line
    self.headingPath = headingPath
  }
}

/// Finds study checklists in notes: task lists, except those that are a quiz's options (a task
/// list right under a question line with its right items checked or marked).
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
    var seen: [String: Int] = [:]
    for index in result.indices {
      let key = TextNormalizer.key(result[index].text)
      let occurrence = seen[key, default: 0] + 1
      seen[key] = occurrence
      let parts = [document.id, key] + (occurrence > 1 ? [String(occurrence)] : [])
      result[index].id = StableID.make("c", parts)
    }
    return result
  }

  /// The stable id an item with `text` in note `document` gets (its first occurrence).
  public static func id(document: String, text: String) -> String {
    StableID.make("c", [document, TextNormalizer.key(text)])
  }

  private static func collect(
    _ list: ListBlock, question: String?, _ document: NoteDocument, _ path: [String],
    into result: inout [ChecklistItem]
  ) {
    if QuizReader.isQuizOptions(question: question, items: list.items) { return }
    for item in list.items {
      if let checked = item.task {
        result.append(
          ChecklistItem(
            id: "", document: document.id, text: item.text.text, checked: checked, line: item.line,
            headingPath: path))
      }
      for case .list(let inner) in item.children {
        collect(inner, question: item.text.text, document, path, into: &result)
      }
    }
  }
}
