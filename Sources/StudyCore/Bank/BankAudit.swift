import NoteOutline

/// An independent check of a finished bank against everything the notes state: the counts
/// that must be zero for every build (leaks, duplicate or alias options, distractors that are
/// true of the key's subject, labels asked as terms, empty keys).
public struct BankAudit: Equatable, Sendable, Codable {
  /// One violation found.
  public struct Finding: Equatable, Sendable, Codable {
    /// Which check.
    public var check: String
    /// The question's id.
    public var question: String
    /// What is wrong.
    public var detail: String
  }

  /// Every violation, in question order.
  public var findings: [Finding] = []
  /// How many questions were checked.
  public var questionsChecked = 0

  /// An empty audit.
  public init() {}

  /// Counts per check.
  public var counts: [String: Int] {
    var counts: [String: Int] = [:]
    for finding in findings { counts[finding.check, default: 0] += 1 }
    return counts
  }

  /// The checks, by name.
  public static let checks = [
    "leak", "duplicateOption", "aliasOption", "trueDistractor", "labelTerm", "emptyKey",
    "diagramWithoutDiagram", "headingKey", "longTypedKey", "markup", "maskInEnglish",
  ]
}

/// What the notes state about each subject, for the audit: normalised texts by concept.
struct TruthIndex {
  private var statements: [String: Set<String>] = [:]
  let aliases: AliasTable

  init(_ facts: FactSet, aliases: AliasTable) {
    self.aliases = aliases
    for term in facts.terms {
      add(term.definition, about: term.name)
      if let parenthetical = term.parenthetical { add(term.definition, about: parenthetical) }
    }
    for attribute in facts.attributes { add(attribute.value, about: attribute.subject) }
    for group in facts.subjects {
      for statement in group.statements { add(statement.text, about: group.subject) }
    }
    for enumeration in facts.enumerations {
      for member in enumeration.members { add(member, about: enumeration.category) }
    }
    for table in facts.tables where table.shape != .layout { addTable(table) }
  }

  private mutating func addTable(_ fact: TableFact) {
    let table = fact.table
    if fact.shape == .comparison {
      for (index, side) in table.header.enumerated().dropFirst() {
        let name = TermDefinition.splitName(BankBuilder.cellText(side))
        for row in table.rows {
          let property = BankBuilder.cellText(row[0])
          add(Self.qualified(BankBuilder.cellText(row[index]), property), about: name)
        }
      }
    } else {
      for row in table.rows {
        for (column, cell) in row.enumerated().dropFirst() {
          let header = BankBuilder.cellText(table.header[column])
          add(
            Self.qualified(BankBuilder.cellText(cell), header), about: BankBuilder.cellText(row[0]))
        }
      }
    }
  }

  private func conceptKey(_ name: String) -> String {
    aliases.canonical(name).map(TextNormalizer.nameKey)
      ?? TextNormalizer.nameKey(TermDefinition.splitName(name))
  }

  private mutating func add(_ text: String, about subject: String) {
    statements[conceptKey(subject), default: []].insert(TextNormalizer.key(text))
  }

  /// `column: value` for cells, so a value in one column is not taken for another's.
  static func qualified(_ text: String, _ qualifier: String?) -> String {
    guard let qualifier else { return text }
    return qualifier + "\u{1F}" + text
  }

  /// Whether the notes state `text` about `subject` (or one of its aliases).
  func states(_ text: String, about subject: String) -> Bool {
    statements[conceptKey(subject)]?.contains(TextNormalizer.key(text)) == true
  }
}
