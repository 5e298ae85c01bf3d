import NoteOutline

/// What a flowchart draws, for deciding whether it may be asked as a sequence: a path (a
/// pipeline, a request path), a graph with joins (an architecture), or a tree, mind map or
/// decision guide (a hierarchy of categories or of requirement → recommendation), which never is.
enum FlowShape: Equatable {
  case path, graph, tree, decisionGuide

  /// Edge labels of a decision guide's branches.
  static let answerLabels: Set<String> = [
    "예", "아니오", "아니요", "yes", "no", "y", "n", "true", "false",
  ]

  init(_ flow: Flow, _ chart: Flowchart) {
    let labelled = Set(flow.labels.keys)
    let asks = chart.nodes.contains { node in
      labelled.contains(node.id)
        && (node.shape == .rhombus || Flow.cleanLabel(node.label).hasSuffix("?"))
    }
    let answers = flow.edges.contains { edge in
      edge.label.map { Self.answerLabels.contains($0.lowercased().trimmingWhitespace()) } ?? false
    }
    if asks || answers {
      self = .decisionGuide
      return
    }
    let nodes = Set(flow.edges.flatMap { [$0.from, $0.to] })
    let joins = nodes.contains { flow.predecessors($0).count > 1 }
    let branches = nodes.contains { flow.successors($0).count > 1 }
    if !joins && branches {
      self = .tree
    } else if !joins && !branches {
      self = .path
    } else {
      self = .graph
    }
  }

  /// Whether the diagram may be asked as a sequence at all.
  var isSequence: Bool { self == .path || self == .graph }
}

/// Node labels that are never worth being a key: who starts the flow (`사용자`, `개발자`), and
/// numbered copies of one thing (`웹서버 2`, `EC2 Instance 3`), which only a picture tells apart.
enum FlowNodes {
  static let actors: Set<String> = [
    "사용자", "사용자들", "고객", "고객들", "클라이언트", "개발자", "인터넷", "사용자 요청", "user", "users",
    "client", "clients", "developer", "internet", "customer", "customers",
  ]

  static func isActor(_ label: String) -> Bool { actors.contains(label.lowercased()) }

  /// `웹서버 2`, `EC2 Instance 3`, `마이크로서비스 1`: a label ending in a copy number.
  static func isNumberedCopy(_ label: String) -> Bool {
    let words = label.split(separator: " ")
    guard words.count >= 2, let last = words.last else { return false }
    return last.count <= 2 && last.allSatisfy(\.isNumber)
  }

  /// Whether the label names a service or tool (has Latin letters), not a described step.
  static func namesThing(_ label: String) -> Bool {
    label.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
  }
}

extension Flow {
  /// The asked edge's neighbourhood drawn as text: `Route 53 → CloudFront → [ ? ] → Auto
  /// Scaling Group`: one node on each side, the first drawn in the diagram.
  func neighbourhood(asking hidden: String, after shownBefore: String?, before shownAfter: String?)
    -> (line: String, shown: [String])
  {
    var parts: [String] = []
    var shown: [String] = []
    let outer = { (ids: [String]) -> String? in ids.first }
    if let before = shownBefore {
      if let first = outer(predecessors(before)), first != hidden {
        parts.append(label(first))
        shown.append(first)
      }
      parts.append(label(before))
      shown.append(before)
    }
    parts.append("[ ? ]")
    if let after = shownAfter {
      parts.append(label(after))
      shown.append(after)
      if let last = outer(successors(after)), last != hidden, !shown.contains(last) {
        parts.append(label(last))
        shown.append(last)
      }
    } else if shownBefore != nil, let next = outer(successors(hidden)), !shown.contains(next) {
      parts.append(label(next))
      shown.append(next)
    }
    if shownAfter != nil, shownBefore == nil, let first = outer(predecessors(hidden)),
      !shown.contains(first)
    {
      parts.insert(label(first), at: 0)
      shown.insert(first, at: 0)
    }
    return (parts.joined(separator: " → "), shown)
  }
}
