/// One block of a note's body.
public enum Block: Equatable, Sendable {
  /// A paragraph of text.
  case paragraph(Paragraph)
  /// A bullet or ordered list (task lists included).
  case list(ListBlock)
  /// A GFM table.
  case table(Table)
  /// A fenced or indented code block; `mermaid` blocks carry their parsed diagram.
  case code(CodeBlock)
  /// A block quote and the blocks inside it.
  case quote(Quote)
  /// A `***` or `---` rule.
  case thematicBreak(line: Int)
  /// Raw HTML kept as text.
  case html(text: String, line: Int)

  /// The 1-based source line where the block starts.
  public var line: Int {
    switch self {
    case .paragraph(let value): value.line
    case .list(let value): value.line
    case .table(let value): value.line
    case .code(let value): value.line
    case .quote(let value): value.line
    case .thematicBreak(let line): line
    case .html(_, let line): line
    }
  }
}

/// A paragraph: its text with inline markup reduced, and what the markup marked.
public struct Paragraph: Equatable, Sendable, Codable {
  /// The text, inline markup reduced (links keep their text, images their alt text).
  public var text: InlineText
  /// When the paragraph is only a bold label such as `**구성 요소별 역할:**`, that label
  /// (without the colon); it introduces the block that follows.
  public var leadIn: String?
  /// The paragraph read as `**Term**: definition` lines: one pair per source line when its
  /// first line has that shape (`**요구사항**: …` then `**권장 아키텍처**: …`), else empty.
  public var terms: [TermDefinition]
  /// The text of each source line when the paragraph spans several (empty for one line):
  /// multi-line cards (`question` / `?` / `answer`) are read from these.
  public var lines: [String]
  /// The 1-based source line.
  public var line: Int

  /// Creates a paragraph.
  public init(
    text: InlineText, leadIn: String? = nil, terms: [TermDefinition] = [], lines: [String] = [],
    line: Int
  ) {
    self.text = text
    self.leadIn = leadIn
    self.terms = terms
    self.lines = lines
    self.line = line
  }
}

/// A block quote.
public struct Quote: Equatable, Sendable, Codable {
  /// The blocks inside the quote.
  public var blocks: [Block]
  /// The 1-based source line.
  public var line: Int

  /// Creates a quote.
  public init(blocks: [Block], line: Int) {
    self.blocks = blocks
    self.line = line
  }
}

/// A code block with its info-string language; mermaid blocks are parsed.
public struct CodeBlock: Equatable, Sendable, Codable {
  /// The first word of the info string (`swift`, `mermaid`), or `nil`.
  public var language: String?
  /// The code as written.
  public var code: String
  /// The parsed diagram for `mermaid` blocks.
  public var diagram: MermaidDiagram?
  /// The 1-based line of the opening fence.
  public var line: Int

  /// Creates a code block.
  public init(language: String?, code: String, diagram: MermaidDiagram? = nil, line: Int) {
    self.language = language
    self.code = code
    self.diagram = diagram
    self.line = line
  }
}
