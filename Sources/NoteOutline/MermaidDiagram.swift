/// A mermaid diagram read from a ```` ```mermaid ```` block.
public enum MermaidDiagram: Equatable, Sendable {
  /// `graph` or `flowchart`: nodes, edges and subgraphs.
  case flowchart(Flowchart)
  /// `mindmap`: a tree of labels.
  case mindmap(MindmapNode)
  /// Any other kind (`pie`, `sequenceDiagram`, …), kept as raw text.
  case other(kind: String, source: String)
}

/// A mermaid `graph`/`flowchart`.
public struct Flowchart: Equatable, Sendable, Codable {
  /// `graph` or `flowchart`.
  public var keyword: String
  /// `TB`, `TD`, `LR`, `RL`, `BT`, or `nil` when not given.
  public var direction: String?
  /// Nodes in order of first appearance.
  public var nodes: [FlowNode]
  /// Edges in order of appearance; a chain `A --> B --> C` gives two.
  public var edges: [FlowEdge]
  /// Subgraphs in order of appearance.
  public var subgraphs: [Subgraph]

  /// Creates a flowchart.
  public init(
    keyword: String, direction: String?, nodes: [FlowNode] = [], edges: [FlowEdge] = [],
    subgraphs: [Subgraph] = []
  ) {
    self.keyword = keyword
    self.direction = direction
    self.nodes = nodes
    self.edges = edges
    self.subgraphs = subgraphs
  }

  /// The node with this id.
  public func node(_ id: String) -> FlowNode? { nodes.first { $0.id == id } }
}

/// The shape a node was drawn with.
public enum NodeShape: String, Equatable, Sendable, Codable {
  /// `A` with no brackets.
  case plain
  /// `A[label]`
  case rectangle
  /// `A(label)`
  case rounded
  /// `A([label])`
  case stadium
  /// `A[[label]]`
  case subroutine
  /// `A[(label)]`
  case cylinder
  /// `A((label))`
  case circle
  /// `A>label]`
  case asymmetric
  /// `A{label}`
  case rhombus
  /// `A{{label}}`
  case hexagon
  /// `A[/label/]` and the other slanted forms.
  case parallelogram
}

/// One node of a flowchart.
public struct FlowNode: Equatable, Sendable, Codable {
  /// The node id used in edges.
  public var id: String
  /// The label with quotes removed and `<br/>` turned into a line break; the id when none.
  public var label: String
  /// The shape it was drawn with.
  public var shape: NodeShape
  /// The id of the innermost subgraph it was declared in, if any.
  public var subgraph: String?
  /// The 1-based source line where it first appeared.
  public var line: Int

  /// Creates a node.
  public init(id: String, label: String, shape: NodeShape, subgraph: String?, line: Int) {
    self.id = id
    self.label = label
    self.shape = shape
    self.subgraph = subgraph
    self.line = line
  }
}

/// How an edge was drawn.
public enum EdgeStyle: String, Equatable, Sendable, Codable {
  /// `-->`
  case arrow
  /// `---`
  case open
  /// `-.->` or `-.-`
  case dotted
  /// `==>` or `===`
  case thick
}

/// One edge of a flowchart.
public struct FlowEdge: Equatable, Sendable, Codable {
  /// The source node id.
  public var from: String
  /// The target node id.
  public var to: String
  /// The edge label (`-->|label|` or `-- label -->`).
  public var label: String?
  /// How it was drawn.
  public var style: EdgeStyle
  /// Whether it points from `from` to `to` (false for open links such as `---`).
  public var directed: Bool
  /// The 1-based source line.
  public var line: Int

  /// Creates an edge.
  public init(
    from: String, to: String, label: String?, style: EdgeStyle, directed: Bool, line: Int
  ) {
    self.from = from
    self.to = to
    self.label = label
    self.style = style
    self.directed = directed
    self.line = line
  }
}

/// A `subgraph … end` group.
public struct Subgraph: Equatable, Sendable, Codable {
  /// Its id.
  public var id: String
  /// Its title (the id when none is given).
  public var title: String
  /// The enclosing subgraph's id, if nested.
  public var parent: String?
  /// Ids of the nodes declared inside it (directly), in order.
  public var members: [String]
  /// The 1-based source line of `subgraph`.
  public var line: Int

  /// Creates a subgraph.
  public init(id: String, title: String, parent: String?, members: [String], line: Int) {
    self.id = id
    self.title = title
    self.parent = parent
    self.members = members
    self.line = line
  }
}

/// One node of a mindmap and its children.
public struct MindmapNode: Equatable, Sendable, Codable {
  /// The label without its shape brackets.
  public var text: String
  /// The 1-based source line.
  public var line: Int
  /// The children, in order.
  public var children: [MindmapNode]

  /// Creates a mindmap node.
  public init(text: String, line: Int, children: [MindmapNode] = []) {
    self.text = text
    self.line = line
    self.children = children
  }
}
