/// Reads flowchart statements line by line: nodes with shapes, edges and chains, subgraphs.
struct FlowchartBuilder {
  private(set) var flowchart: Flowchart
  private var nodeIndex: [String: Int] = [:]
  private var subgraphStack: [Int] = []

  init(keyword: String, direction: String?) {
    flowchart = Flowchart(keyword: keyword, direction: direction)
  }

  /// Statement keywords that carry no graph structure.
  private static let ignoredKeywords: Set<String> = [
    "style", "classDef", "class", "linkStyle", "click", "direction", "accTitle", "accDescr",
  ]

  mutating func add(line text: Substring, number: Int) {
    for statement in text.splitBytes(UInt8(ascii: ";")) {
      let trimmed = statement.trimmingWhitespace()
      if trimmed.isEmpty || trimmed.hasPrefix("%%") { continue }
      let firstWord = trimmed.prefix(while: { $0 != " " && $0 != "\t" })
      if Self.ignoredKeywords.contains(String(firstWord)) { continue }
      if firstWord == "subgraph" {
        openSubgraph(String(trimmed.dropFirst(firstWord.count)), line: number)
      } else if trimmed == "end" {
        if !subgraphStack.isEmpty { subgraphStack.removeLast() }
      } else {
        addChain(trimmed, line: number)
      }
    }
  }

  private mutating func openSubgraph(_ rest: String, line: Int) {
    let spec = rest.trimmingWhitespace()
    var id = spec
    var title = spec
    var scanner = FlowScanner(spec)
    if let node = scanner.readNode(), node.shape != .plain, scanner.atEnd {
      id = node.id
      title = node.label ?? node.id
    } else if spec.hasPrefix("\"") {
      title = MermaidParser.cleanLabel(spec)
      id = title
    }
    let parent = subgraphStack.last.map { flowchart.subgraphs[$0].id }
    flowchart.subgraphs.append(
      Subgraph(id: id, title: title, parent: parent, members: [], line: line))
    subgraphStack.append(flowchart.subgraphs.count - 1)
  }

  private mutating func addChain(_ statement: String, line: Int) {
    var scanner = FlowScanner(statement)
    guard var previous = scanner.readNodeGroup(), !previous.isEmpty else { return }
    previous.forEach { declare($0, line: line) }
    while let link = scanner.readLink() {
      guard let next = scanner.readNodeGroup(), !next.isEmpty else { break }
      next.forEach { declare($0, line: line) }
      for source in previous {
        for target in next {
          flowchart.edges.append(
            FlowEdge(
              from: source.id, to: target.id, label: link.label, style: link.style,
              directed: link.directed, line: line))
        }
      }
      previous = next
    }
  }

  private mutating func declare(_ node: FlowScanner.NodeRef, line: Int) {
    if let index = nodeIndex[node.id] {
      if let label = node.label, flowchart.nodes[index].shape == .plain {
        flowchart.nodes[index].label = label
        flowchart.nodes[index].shape = node.shape
      }
      return
    }
    // A reference to a subgraph id is not a node.
    if flowchart.subgraphs.contains(where: { $0.id == node.id }) { return }
    let subgraph = subgraphStack.last.map { flowchart.subgraphs[$0].id }
    flowchart.nodes.append(
      FlowNode(
        id: node.id, label: node.label ?? node.id, shape: node.shape, subgraph: subgraph,
        line: line))
    nodeIndex[node.id] = flowchart.nodes.count - 1
    if let top = subgraphStack.last { flowchart.subgraphs[top].members.append(node.id) }
  }
}
