// JSON form of the outline's enums: an object with a `type` field beside the payload's own
// fields (`{"type": "paragraph", "text": …, "line": 3}`), which reads better than Swift's
// synthesized `{"paragraph": {"_0": …}}` and is what `notedrill outline --json` documents.

private enum TypeKey: String, CodingKey { case type, line, text, kind, source }

extension Block: Codable {
  /// Encodes as an object with `type` and the payload's fields.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: TypeKey.self)
    switch self {
    case .paragraph(let value):
      try container.encode("paragraph", forKey: .type)
      try value.encode(to: encoder)
    case .list(let value):
      try container.encode("list", forKey: .type)
      try value.encode(to: encoder)
    case .table(let value):
      try container.encode("table", forKey: .type)
      try value.encode(to: encoder)
    case .code(let value):
      try container.encode("code", forKey: .type)
      try value.encode(to: encoder)
    case .quote(let value):
      try container.encode("quote", forKey: .type)
      try value.encode(to: encoder)
    case .thematicBreak(let line):
      try container.encode("thematicBreak", forKey: .type)
      try container.encode(line, forKey: .line)
    case .html(let text, let line):
      try container.encode("html", forKey: .type)
      try container.encode(text, forKey: .text)
      try container.encode(line, forKey: .line)
    }
  }

  /// Decodes the form written by `encode(to:)`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: TypeKey.self)
    let type = try container.decode(String.self, forKey: .type)
    switch type {
    case "paragraph": self = .paragraph(try Paragraph(from: decoder))
    case "list": self = .list(try ListBlock(from: decoder))
    case "table": self = .table(try Table(from: decoder))
    case "code": self = .code(try CodeBlock(from: decoder))
    case "quote": self = .quote(try Quote(from: decoder))
    case "thematicBreak": self = .thematicBreak(line: try container.decode(Int.self, forKey: .line))
    case "html":
      self = .html(
        text: try container.decode(String.self, forKey: .text),
        line: try container.decode(Int.self, forKey: .line))
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: container, debugDescription: "unknown block type \(type)")
    }
  }
}

extension MermaidDiagram: Codable {
  /// Encodes as an object with `type` (`flowchart`, `mindmap`, `other`) and its fields.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: TypeKey.self)
    switch self {
    case .flowchart(let value):
      try container.encode("flowchart", forKey: .type)
      try value.encode(to: encoder)
    case .mindmap(let value):
      try container.encode("mindmap", forKey: .type)
      try value.encode(to: encoder)
    case .other(let kind, let source):
      try container.encode("other", forKey: .type)
      try container.encode(kind, forKey: .kind)
      try container.encode(source, forKey: .source)
    }
  }

  /// Decodes the form written by `encode(to:)`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: TypeKey.self)
    let type = try container.decode(String.self, forKey: .type)
    switch type {
    case "flowchart": self = .flowchart(try Flowchart(from: decoder))
    case "mindmap": self = .mindmap(try MindmapNode(from: decoder))
    case "other":
      self = .other(
        kind: try container.decode(String.self, forKey: .kind),
        source: try container.decode(String.self, forKey: .source))
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: container, debugDescription: "unknown diagram type \(type)")
    }
  }
}
