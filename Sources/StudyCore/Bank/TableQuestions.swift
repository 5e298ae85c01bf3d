import NoteOutline

/// Table cells: row × column → cell, cell → row, and for comparison tables which side has a
/// property and true/false statements.
extension BankBuilder {
  mutating func generateTableQuestions() {
    for fact in facts.tables {
      switch fact.shape {
      case .layout:
        report.drop(
          .notDataTable, kind: nil, subject: fact.table.header.joined(separator: " | "),
          source: source(fact.place))
      case .data:
        dataTable(fact)
      case .comparison:
        comparisonTable(fact)
      }
    }
  }

  /// Values that say nothing on their own (yes/no marks, dashes) are not asked as cells.
  static func isAskableCell(_ cell: String) -> Bool {
    let trimmed = cell.trimmingWhitespace()
    let marks: Set<String> = [
      "", "-", "—", "O", "X", "o", "x", "✅", "❌", "⭕", "✔", "✓", "예", "아니요", "yes", "no", "Yes",
      "No", "N/A",
    ]
    return !marks.contains(trimmed) && BankBuilder.isUsableKey(trimmed)
  }

  private mutating func dataTable(_ fact: TableFact) {
    let table = fact.table
    let context = fact.place.headingPath.last
    let lang = language(fact.place)
    let rowKeys = table.rows.map { Self.cellText($0[0]) }
    for column in 1..<table.header.count where !table.header[column].isBlank {
      let header = Self.cellText(table.header[column])
      let values = table.rows.map { Self.cellText($0[column]) }
      // A row key must name something: `10` in a quota table is a count, not a subject.
      for (row, rowKey) in rowKeys.enumerated()
      where Self.isAskableCell(rowKey) && Self.namesSomething(rowKey) {
        let value = values[row]
        guard Self.isAskableCell(value) else { continue }
        let place = FactPlace(
          document: fact.place.document, headingPath: fact.place.headingPath,
          line: table.rowLines[row])
        let cellFact = ["cell", TextNormalizer.nameKey(rowKey), TextNormalizer.key(header)]
        let explanation = zip(table.header, table.rows[row]).map {
          "\(Self.cellText($0)): \(Self.cellText($1))"
        }.joined(separator: " · ")
        let otherValues = values.enumerated().filter { $0.offset != row }.map { $0.element }
          .filter(Self.isAskableCell)
        let valuePicker = DistractorPicker(
          cache: cache, key: value, count: 3, seed: StableID.hash(cellFact + ["v"]),
          rejects: { _ in false })
        emit(
          .table,
          Candidate(
            kind: .tableCell, format: .singleChoice,
            prompt: Templates.tableCell(rowKey, header, context: context, lang),
            keys: [value], lazyDistractors: { valuePicker.pick([otherValues]) },
            minimumDistractors: 2,
            explanation: explanation, place: place, terms: [rowKey], fact: cellFact,
            identity: cellFact, secrets: [], auditSubject: rowKey, auditQualifier: header))
        let valueKey = TextNormalizer.key(value)
        if values.enumerated().contains(where: {
          $0.offset != row && TextNormalizer.key($0.element) == valueKey
        }) {
          report.drop(.ambiguous, kind: .tableRowKey, subject: value, source: source(place))
          continue
        }
        let rowPicker = DistractorPicker(
          cache: cache, key: rowKey, count: 3, seed: StableID.hash(cellFact + ["r"]),
          rejects: { [cache] in cache.same($0, rowKey) })
        let keyHeader = Self.cellText(table.header[0])
        emit(
          .table,
          Candidate(
            kind: .tableRowKey, format: .singleChoice,
            prompt: Templates.tableRowKey(
              header, Templates.mask(value, [rowKey]), keyHeader,
              context: context, lang),
            keys: [rowKey],
            distractors: rowPicker.pick([
              rowKeys.enumerated().filter { $0.offset != row }.map { $0.element }
                .filter(Self.isAskableCell)
            ]),
            minimumDistractors: 2, explanation: explanation, place: place, terms: [rowKey],
            fact: cellFact, identity: cellFact, secrets: [rowKey] + aliases.aliases(of: rowKey),
            auditStatement: value, auditQualifier: header))
      }
    }
  }

  /// Whether a row key has letters (not only a number such as `10` or `16(최대값)` at its head).
  static func namesSomething(_ key: String) -> Bool {
    guard let first = key.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else {
      return false
    }
    return !("0"..."9").contains(first)
      && key.unicodeScalars.contains { $0.properties.isAlphabetic }
  }

  /// A cell's text on one line (`<br/>` breaks become spaces).
  static func cellText(_ cell: String) -> String {
    cell.split(separator: "\n").map { $0.trimmingWhitespace() }.joined(separator: " ")
  }
}

extension BankBuilder {
  private mutating func comparisonTable(_ fact: TableFact) {
    let table = fact.table
    let sides = table.header.dropFirst().map { side in
      TermDefinition.splitName(Self.cellText(side))
    }
    let lang = language(fact.place)
    let versus = sides.joined(separator: " vs ")
    for (row, cells) in table.rows.enumerated() {
      let property = Self.cellText(cells[0])
      guard Self.isAskableCell(property) else { continue }
      let values = cells.dropFirst().map(Self.cellText)
      let place = FactPlace(
        document: fact.place.document, headingPath: fact.place.headingPath,
        line: table.rowLines[row])
      for (index, side) in sides.enumerated() {
        let value = values[index]
        guard Self.isAskableCell(value) || !value.isBlank else { continue }
        let rowFact = [
          "cmp", TextNormalizer.key(versus), TextNormalizer.key(property),
          TextNormalizer.nameKey(side),
        ]
        let explanation =
          "\(property) — "
          + zip(sides, values).map { "\($0): \($1)" }
          .joined(separator: " · ")
        let others = values.enumerated().filter { $0.offset != index }.map { $0.element }
        let valueKey = TextNormalizer.key(value)
        let unique = !others.contains { TextNormalizer.key($0) == valueKey }
        // Which side has this value? Only when no other side shares it.
        if unique, Self.isAskableCell(value) {
          emit(
            .comparisonTable,
            Candidate(
              kind: .comparisonSide, format: .singleChoice,
              prompt: Templates.comparisonSide(versus, property, value, lang),
              keys: [side],
              distractors: sides.enumerated().filter { $0.offset != index }.map { $0.element },
              minimumDistractors: 1, explanation: explanation, place: place, terms: [side],
              fact: rowFact, identity: rowFact, secrets: [], auditStatement: value,
              auditQualifier: property))
        }
        if unique, Self.isAskableCell(value) {
          emit(
            .comparisonTable,
            Candidate(
              kind: .tableCell, format: .singleChoice,
              prompt: Templates.tableCell(side, property, context: versus, lang),
              keys: [value], distractors: Self.unique(others.filter(Self.isAskableCell)),
              minimumDistractors: 1, explanation: explanation, place: place, terms: [side],
              fact: rowFact, identity: rowFact + ["cell"], secrets: [], auditSubject: side,
              auditQualifier: property))
        }
        trueFalse(
          side: side, index: index, values: values, property: property, versus: versus,
          place: place, fact: rowFact, explanation: explanation, lang: lang)
      }
    }
  }

  /// One statement per side and property: true with its own value, or false with another
  /// side's (chosen by the fact's hash, so the bank is stable).
  private mutating func trueFalse(
    side: String, index: Int, values: [String], property: String, versus: String,
    place: FactPlace, fact: [String], explanation: String, lang: NoteLanguage
  ) {
    let own = values[index]
    let differing = values.enumerated().filter {
      $0.offset != index && TextNormalizer.key($0.element) != TextNormalizer.key(own)
        && Self.isAskableCell($0.element)
    }.map { $0.element }
    // A value every side shares makes a statement that is true whichever side it names.
    guard Self.isAskableCell(own), !differing.isEmpty else { return }
    let makeFalse = !differing.isEmpty && StableID.hash(fact + ["tf"]) % 2 == 1
    let stated =
      makeFalse ? differing[Int(StableID.hash(fact + ["pick"]) % UInt64(differing.count))] : own
    let (yes, no) = lang == .korean ? ("참", "거짓") : ("True", "False")
    emit(
      .comparisonTable,
      Candidate(
        kind: .comparisonTrueFalse, format: .trueFalse,
        prompt: Templates.comparisonStatement(versus, side, property, stated, lang),
        keys: [makeFalse ? no : yes], distractors: [makeFalse ? yes : no],
        minimumDistractors: 1, explanation: explanation, place: place, terms: [side],
        fact: fact, identity: fact + ["tf"], secrets: []))
  }
}

extension TermDefinition {
  /// `SQS(생산자/소비자)` → `SQS`: the name without a trailing parenthesis.
  static func splitName(_ text: String) -> String {
    TermDefinition(term: text, definition: "", form: .boldColon).name
  }
}

extension Templates {
  static func tableCell(_ row: String, _ column: String, context: String?, _ language: NoteLanguage)
    -> String
  {
    switch language {
    case .korean: withContext(context, "\(row)의 \(KoreanParticle.attach(.topic, to: column))?")
    case .english: withContext(context, "What is the \(column) of \(row)?")
    }
  }

  static func tableRowKey(
    _ column: String, _ value: String, _ keyHeader: String, context: String?,
    _ language: NoteLanguage
  ) -> String {
    let noun = keyHeader.isBlank ? (language == .korean ? "것" : "one") : keyHeader
    switch language {
    case .korean:
      return withContext(
        context,
        "\(KoreanParticle.attach(.subject, to: column)) \(quoted(value))인 \(KoreanParticle.attach(.topic, to: noun))?"
      )
    case .english:
      return withContext(context, "Which \(noun) has \(column) \(quoted(value))?")
    }
  }

  static func comparisonSide(
    _ versus: String, _ property: String, _ value: String, _ language: NoteLanguage
  ) -> String {
    switch language {
    case .korean:
      withContext(versus, "\(KoreanParticle.attach(.subject, to: property)) \(quoted(value))인 것은?")
    case .english: withContext(versus, "Which one has \(property) \(quoted(value))?")
    }
  }

  static func comparisonStatement(
    _ versus: String, _ side: String, _ property: String, _ value: String,
    _ language: NoteLanguage
  ) -> String {
    switch language {
    case .korean:
      withContext(
        versus, "\(side)의 \(KoreanParticle.attach(.topic, to: property)) \(quoted(value))이다. (참/거짓)"
      )
    case .english:
      withContext(versus, "The \(property) of \(side) is \(quoted(value)). True or false?")
    }
  }
}
