/// Look-ups over a parsed outline, shared by the question bank, the graph and tests.
extension NoteDocument {
  /// The first section (depth first) whose clean title is `title`.
  public func section(titled title: String) -> Section? {
    allSections.first { $0.heading?.title == title }
  }

  /// Every table in the note, in document order.
  public var tables: [Table] {
    allSections.flatMap { $0.blocks.flatMap(\.descendantBlocks) }.compactMap {
      if case .table(let table) = $0 { return table }
      return nil
    }
  }

  /// Every code block in the note, in document order.
  public var codeBlocks: [CodeBlock] {
    allSections.flatMap { $0.blocks.flatMap(\.descendantBlocks) }.compactMap {
      if case .code(let code) = $0 { return code }
      return nil
    }
  }

  /// Every mermaid diagram in the note, in document order.
  public var diagrams: [MermaidDiagram] { codeBlocks.compactMap(\.diagram) }
}

extension Section {
  /// The blocks of this section only (not subsections), nested ones included, in order.
  public var descendantBlocks: [Block] { blocks.flatMap(\.descendantBlocks) }

  /// All list items of this section only (not subsections), at every nesting depth, in
  /// document order (an item, then the items nested under it).
  public var listItems: [ListItem] {
    var result: [ListItem] = []
    func visit(_ block: Block) {
      switch block {
      case .list(let list):
        for item in list.items {
          result.append(item)
          item.children.forEach(visit)
        }
      case .quote(let quote): quote.blocks.forEach(visit)
      default: break
      }
    }
    blocks.forEach(visit)
    return result
  }
}

extension Block {
  /// This block followed by every block nested in it (list item children, quote contents).
  public var descendantBlocks: [Block] {
    var result: [Block] = [self]
    switch self {
    case .list(let list):
      for item in list.items { result += item.children.flatMap(\.descendantBlocks) }
    case .quote(let quote):
      result += quote.blocks.flatMap(\.descendantBlocks)
    default: break
    }
    return result
  }
}
