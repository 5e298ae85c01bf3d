import NoteOutline

/// A tree-shaped diagram (a mind map drawn as a flowchart, a checklist tree, a selection
/// guide) is never asked as a sequence; its categories are asked instead, like statements under
/// sibling headings: "which one does `Cost: Free` come under?" → `AWS Managed Keys`.
enum DiagramTree {
  /// Each inner node below the root, with its children as statements, grouped with its
  /// siblings (at least three side by side, so there are options to choose from).
  static func subjects(_ chart: Flowchart, document: Int, headingPath: [String]) -> [SubjectFacts] {
    let flow = Flow(chart)
    guard flow.labels.count >= 4, FlowShape(flow, chart) == .tree else { return [] }
    var lines: [String: Int] = [:]
    for edge in flow.edges where lines[edge.to] == nil { lines[edge.to] = edge.line }
    var result: [SubjectFacts] = []
    let parents = Set(flow.edges.map(\.from))
    for parent in flow.edges.map(\.from) where parents.contains(parent) {
      let inner = BankBuilder.uniqueIDs(flow.successors(parent)).filter {
        !flow.successors($0).isEmpty
      }
      guard inner.count >= 3, result.allSatisfy({ !$0.container.hasSuffix("#" + parent) }) else {
        continue
      }
      for child in inner {
        let statements = flow.successors(child).map { (flow.label($0), lines[$0] ?? 0) }
        result.append(
          SubjectFacts(
            subject: flow.label(child), statements: statements,
            place: FactPlace(document: document, headingPath: headingPath, line: lines[child] ?? 0),
            container: "t:\(document):\(lines[parent] ?? 0)#" + parent, fromDiagram: true))
      }
    }
    return result
  }
}

extension BankBuilder {
  /// Ids without repeats, in order.
  static func uniqueIDs(_ ids: [String]) -> [String] {
    var seen: Set<String> = []
    return ids.filter { seen.insert($0).inserted }
  }
}
