import NoteOutline

/// A flowchart reduced to what questions need: clean, unique labels and directed edges.
struct Flow {
  struct Edge {
    var from: String
    var to: String
    var label: String?
    var line: Int
  }

  /// Clean label by node id, for nodes whose label is unique in the diagram.
  private(set) var labels: [String: String] = [:]
  private(set) var edges: [Edge] = []
  private var out: [String: [String]] = [:]
  private var into: [String: [String]] = [:]
  private let order: [String]

  /// The longest chain an ordering question asks.
  static let maximumChain = 4

  init(_ chart: Flowchart) {
    var counts: [String: Int] = [:]
    var clean: [String: String] = [:]
    for node in chart.nodes {
      let label = Self.cleanLabel(node.label)
      guard !label.isEmpty else { continue }
      clean[node.id] = label
      counts[TextNormalizer.key(label), default: 0] += 1
    }
    // A label drawn on two nodes (`Lambda 함수` three times) cannot name a place in the flow.
    let unique = clean.filter { counts[TextNormalizer.key($0.value)] == 1 }
    labels = unique
    order = chart.nodes.map(\.id).filter { unique[$0] != nil }
    var seen: Set<String> = []
    for edge in chart.edges where edge.directed && edge.from != edge.to {
      guard labels[edge.from] != nil, labels[edge.to] != nil,
        seen.insert(edge.from + "\u{1F}" + edge.to).inserted
      else { continue }
      edges.append(Edge(from: edge.from, to: edge.to, label: edge.label, line: edge.line))
      out[edge.from, default: []].append(edge.to)
      into[edge.to, default: []].append(edge.from)
    }
  }

  /// The first line of a label without emoji: "🌐 CloudFront\n전세계 빠른 접속" → "CloudFront".
  static func cleanLabel(_ label: String) -> String {
    let first = label.split(separator: "\n").first.map(String.init) ?? label
    return first.removingEmoji()
  }

  func label(_ id: String) -> String { labels[id] ?? id }
  func successors(_ id: String) -> [String] { out[id] ?? [] }
  func predecessors(_ id: String) -> [String] { into[id] ?? [] }

  /// Up to three other node labels of this diagram, in a seeded order.
  func pick(excluding excluded: Set<String>, seed: UInt64) -> [String] {
    // A numbered copy (`웹서버 2`) or who starts the flow (`사용자`) is no plausible answer.
    var pool = order.map(label).filter {
      !excluded.contains($0) && !FlowNodes.isNumberedCopy($0) && !FlowNodes.isActor($0)
    }
    var generator = SeededGenerator(seed: seed)
    pool.shuffle(using: &generator)
    return Array(pool.prefix(3))
  }

  /// Whether following the edges can come back to a node.
  var hasCycle: Bool {
    var state: [String: Int] = [:]  // 1 visiting, 2 done
    func visit(_ id: String) -> Bool {
      if state[id] == 1 { return true }
      if state[id] == 2 { return false }
      state[id] = 1
      for next in successors(id) where visit(next) { return true }
      state[id] = 2
      return false
    }
    return order.contains { visit($0) }
  }

  /// Chains of 3–4 nodes from each starting node, following nodes with one way on.
  func chains() -> [[String]] {
    var result: [[String]] = []
    for start in order where predecessors(start).isEmpty {
      var chain = [start]
      var current = start
      while chain.count < Self.maximumChain, successors(current).count == 1,
        let next = successors(current).first, !chain.contains(next)
      {
        chain.append(next)
        current = next
      }
      if chain.count >= 3 { result.append(chain) }
    }
    return result
  }
}

extension Templates {
  /// A diagram question with the asked edge's neighbourhood drawn below it.
  static func flowQuestion(_ drawn: String, context: String, _ language: NoteLanguage) -> String {
    switch language {
    case .korean: withContext(context, "다음 흐름에서 [ ? ]에 들어갈 것은?\n" + drawn)
    case .english: withContext(context, "In this flow, what goes in [ ? ]?\n" + drawn)
    }
  }

  static func flowEdgeLabel(_ from: String, _ to: String, context: String, _ language: NoteLanguage)
    -> String
  {
    let drawn = "\(from) —[ ? ]→ \(to)"
    switch language {
    case .korean: return withContext(context, "다음 흐름에서 화살표 [ ? ]에 적힌 말은?\n" + drawn)
    case .english: return withContext(context, "In this flow, which label goes in [ ? ]?\n" + drawn)
    }
  }

  static func flowOrder(context: String, _ language: NoteLanguage) -> String {
    switch language {
    case .korean: withContext(context, "다음을 흐름 순서대로 나열하세요.")
    case .english: withContext(context, "Put these steps in the order of the flow.")
    }
  }
}
