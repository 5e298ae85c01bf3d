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
    // Full-width parentheses are rare: map them to ASCII for the scan, slicing the original.
    let bytes = Array(term.utf8)
    guard let last = bytes.last else { return (term, nil) }
    let fullWidth = last == 0x89 && bytes.count >= 3 && bytes[bytes.count - 3] == 0xEF
    guard last == UInt8(ascii: ")") || fullWidth else { return (term, nil) }
    var depth = 0
    var index = bytes.count - 1
    var open: (start: Int, length: Int)?
    while index >= 0 {
      let (isClose, isOpen, length) = parenthesis(bytes, endingAt: index)
      if isClose { depth += 1 }
      if isOpen {
        depth -= 1
        if depth == 0 {
          open = (index - length + 1, length)
          break
        }
      }
      index -= length
    }
    guard let open, open.start > 0 else { return (term, nil) }
    let closeLength = fullWidth ? 3 : 1
    let name = UTF8Space.trimmed(String(decoding: bytes[..<open.start], as: UTF8.self))
    let inner = UTF8Space.trimmed(
      String(
        decoding: bytes[(open.start + open.length)..<(bytes.count - closeLength)], as: UTF8.self))
    guard !name.isEmpty, !inner.isEmpty else { return (term, nil) }
    return (name, inner)
  }

  /// Whether the character ending at byte `index` is a closing or opening parenthesis (ASCII
  /// or full-width), and its length in bytes.
  private static func parenthesis(_ bytes: [UInt8], endingAt index: Int)
    -> (isClose: Bool, isOpen: Bool, length: Int)
  {
    let byte = bytes[index]
    if byte == UInt8(ascii: ")") { return (true, false, 1) }
    if byte == UInt8(ascii: "(") { return (false, true, 1) }
    if index >= 2, bytes[index - 2] == 0xEF, bytes[index - 1] == 0xBC {
      if byte == 0x89 { return (true, false, 3) }
      if byte == 0x88 { return (false, true, 3) }
    }
    return (false, false, 1)
  }
}
