/// A bullet or ordered list.
public struct ListBlock: Equatable, Sendable, Codable {
  /// Whether the list is numbered.
  public var ordered: Bool
  /// The first number of an ordered list.
  public var start: Int
  /// The items in order.
  public var items: [ListItem]
  /// The 1-based source line.
  public var line: Int

  /// Creates a list.
  public init(ordered: Bool, start: Int = 1, items: [ListItem], line: Int) {
    self.ordered = ordered
    self.start = start
    self.items = items
    self.line = line
  }
}

/// One list item: its own text, a term/definition reading of it, and what is nested under it.
public struct ListItem: Equatable, Sendable, Codable {
  /// The text of the item's first paragraph.
  public var text: InlineText
  /// The item read as a term and its definition, when it has that shape.
  public var term: TermDefinition?
  /// For a task-list item (`- [ ]`, `- [x]`), whether it is checked; `nil` otherwise.
  public var task: Bool?
  /// Blocks nested under the item after its first paragraph: sub-lists, tables, code, text.
  public var children: [Block]
  /// The 1-based source line.
  public var line: Int

  /// Creates a list item.
  public init(
    text: InlineText, term: TermDefinition? = nil, task: Bool? = nil, children: [Block] = [],
    line: Int
  ) {
    self.text = text
    self.term = term
    self.task = task
    self.children = children
    self.line = line
  }

  /// The items of the lists directly nested under this item.
  public var subitems: [ListItem] {
    children.flatMap { block -> [ListItem] in
      if case .list(let list) = block { return list.items }
      return []
    }
  }
}

/// How a term/definition pair was written.
public enum TermForm: String, Equatable, Sendable, Codable {
  /// `**Term**: text` (in a bullet or numbered item), or `**Term:** text`.
  case boldColon
  /// `Term: text` or `Term : text` without bold.
  case plainColon
  /// `**Term**` or `**Term**:` (or `Term:`) alone, whose nested items hold the definition.
  case parent
}

/// A term and what the note says it is.
public struct TermDefinition: Equatable, Sendable, Codable {
  /// The term as written, without markup or a leading icon (`ELB (Elastic Load Balancing)`).
  public var term: String
  /// The term without a trailing parenthesised part (`ELB`).
  public var name: String
  /// The parenthesised part at the end of the term (`Elastic Load Balancing`), if any.
  public var parenthetical: String?
  /// The definition text after the colon; empty for a parent whose children define it.
  public var definition: String
  /// A leading icon such as `🔍` written before the bold label.
  public var icon: String?
  /// How the pair was written.
  public var form: TermForm
  /// The 1-based source line of the term.
  public var line: Int

  /// Creates a term/definition pair, splitting a trailing parenthesis off the term.
  public init(
    term: String, definition: String, icon: String? = nil, form: TermForm, line: Int = 0
  ) {
    self.line = line
    self.term = term
    let split = TermDefinition.splitParenthetical(term)
    self.name = split.name
    self.parenthetical = split.parenthetical
    self.definition = definition
    self.icon = icon
    self.form = form
  }

  /// Splits `RDS(Relational Database Service)` into `RDS` and `Relational Database Service`.
  static func splitParenthetical(_ term: String) -> (name: String, parenthetical: String?) {
    let closesWithParenthesis =
      term.utf8.last == UInt8(ascii: ")") || term.unicodeScalars.last == "）"
    guard closesWithParenthesis else { return (term, nil) }
    let scalars = Array(term.unicodeScalars)
    var depth = 0
    var index = scalars.count - 1
    while index >= 0 {
      let scalar = scalars[index]
      if scalar == ")" || scalar == "）" { depth += 1 }
      if scalar == "(" || scalar == "（" {
        depth -= 1
        if depth == 0 { break }
      }
      index -= 1
    }
    guard index > 0 else { return (term, nil) }
    var name = String(String.UnicodeScalarView(scalars[0..<index]))
    name = name.trimmingWhitespace()
    let inner = String(String.UnicodeScalarView(scalars[(index + 1)..<(scalars.count - 1)]))
      .trimmingWhitespace()
    guard !name.isEmpty, !inner.isEmpty else { return (term, nil) }
    return (name, inner)
  }
}
