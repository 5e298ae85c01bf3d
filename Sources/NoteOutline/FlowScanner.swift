/// A cursor over one flowchart statement: node references and link operators.
struct FlowScanner {
  /// A node as referenced in a statement.
  struct NodeRef {
    var id: String
    var label: String?
    var shape: NodeShape
  }

  /// A link operator between two node groups.
  struct LinkRef {
    var label: String?
    var style: EdgeStyle
    var directed: Bool
  }

  private let scalars: [Unicode.Scalar]
  private var index = 0

  init(_ text: String) { scalars = Array(text.unicodeScalars) }

  var atEnd: Bool {
    var probe = index
    while probe < scalars.count, scalars[probe].isSpaceLike { probe += 1 }
    return probe >= scalars.count
  }

  private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  private mutating func skipSpaces() {
    while let scalar = peek(), scalar.isSpaceLike { index += 1 }
  }

  /// `A & B:::cls` — one or more nodes joined by `&`.
  mutating func readNodeGroup() -> [NodeRef]? {
    var group: [NodeRef] = []
    while let node = readNode() {
      group.append(node)
      skipSpaces()
      guard peek() == "&" else { break }
      index += 1
    }
    return group.isEmpty ? nil : group
  }

  /// Whether a link operator starts at the cursor.
  private func linkStarts(at position: Int) -> Bool {
    guard position + 1 < scalars.count else { return false }
    let first = scalars[position]
    let second = scalars[position + 1]
    if first == "<" { return linkStarts(at: position + 1) }
    return (first == "-" && (second == "-" || second == "."))
      || (first == "=" && second == "=") || (first == "~" && second == "~")
  }

  /// A node id and optional shape with label.
  mutating func readNode() -> NodeRef? {
    skipSpaces()
    let start = index
    while let scalar = peek() {
      if scalar.isSpaceLike || "[({>&;|".unicodeScalars.contains(scalar) { break }
      if linkStarts(at: index) { break }
      index += 1
    }
    guard index > start else { return nil }
    let id = String(String.UnicodeScalarView(scalars[start..<index]))
    var node = NodeRef(id: id, label: nil, shape: .plain)
    if let (shape, label) = readShape() {
      node.shape = shape
      node.label = MermaidParser.cleanLabel(label)
    }
    skipClassSuffix()
    return node
  }

  private mutating func skipClassSuffix() {
    guard peek() == ":", peek(1) == ":", peek(2) == ":" else { return }
    index += 3
    while let scalar = peek(), !scalar.isSpaceLike, scalar != "&" { index += 1 }
  }

  /// Openers, longest first, with their closers and shapes.
  private static let shapes: [(open: String, close: String, shape: NodeShape)] = [
    ("(((", ")))", .circle), ("([", "])", .stadium), ("((", "))", .circle),
    ("[(", ")]", .cylinder), ("[[", "]]", .subroutine), ("[/", "/]", .parallelogram),
    ("[\\", "\\]", .parallelogram), ("[/", "\\]", .parallelogram), ("[\\", "/]", .parallelogram),
    ("{{", "}}", .hexagon), ("[", "]", .rectangle), ("(", ")", .rounded), ("{", "}", .rhombus),
    (">", "]", .asymmetric),
  ]

  private func matches(_ text: String, at position: Int) -> Bool {
    var probe = position
    for scalar in text.unicodeScalars {
      guard probe < scalars.count, scalars[probe] == scalar else { return false }
      probe += 1
    }
    return true
  }

  private mutating func readShape() -> (NodeShape, String)? {
    for (open, close, shape) in Self.shapes where matches(open, at: index) {
      let labelStart = index + open.unicodeScalars.count
      if let end = closingIndex(from: labelStart, close: close) {
        let label = String(String.UnicodeScalarView(scalars[labelStart..<end]))
        index = end + close.unicodeScalars.count
        return (shape, label)
      }
    }
    return nil
  }

  /// Where `close` ends the label: after a quoted label, or the first occurrence.
  private func closingIndex(from start: Int, close: String) -> Int? {
    var probe = start
    while probe < scalars.count, scalars[probe].isSpaceLike { probe += 1 }
    if probe < scalars.count, scalars[probe] == "\"" {
      var end = probe + 1
      while end < scalars.count, scalars[end] != "\"" { end += 1 }
      probe = end + 1
    } else {
      probe = start
    }
    while probe < scalars.count {
      if matches(close, at: probe) { return probe }
      probe += 1
    }
    return nil
  }

  /// `-->`, `---`, `-.->`, `==>`, `-->|label|`, `-- label -->`, `<-->`.
  mutating func readLink() -> LinkRef? {
    skipSpaces()
    guard linkStarts(at: index) else { return nil }
    if peek() == "<" { index += 1 }
    let run = readOperatorRun()
    var link = classify(run)
    let complete = run.hasSuffix(">") || run.unicodeScalars.count >= 3
    if !complete, let closing = inlineLabelEnd() {
      // `-- label -->` form: the text up to the closing operator is the label.
      link.label = MermaidParser.cleanLabel(
        String(String.UnicodeScalarView(scalars[index..<closing.start])))
      index = closing.start
      let closingRun = readOperatorRun()
      let closingLink = classify(run + closingRun)
      link.style = closingLink.style
      link.directed = closingLink.directed
    }
    skipSpaces()
    if peek() == "|" {
      let start = index + 1
      var end = start
      while end < scalars.count, scalars[end] != "|" { end += 1 }
      link.label = MermaidParser.cleanLabel(
        String(String.UnicodeScalarView(scalars[start..<min(end, scalars.count)])))
      index = min(end + 1, scalars.count)
    }
    return link
  }

  private mutating func readOperatorRun() -> String {
    var run = String.UnicodeScalarView()
    while let scalar = peek(), "-=.~>ox".unicodeScalars.contains(scalar) {
      // `o`/`x` end a link only when followed by space (`--o B`), else they start a node id.
      if scalar == "o" || scalar == "x" {
        guard let next = peek(1), next.isSpaceLike, !run.isEmpty else { break }
      }
      run.append(scalar)
      index += 1
      if scalar == ">" { break }
    }
    return String(run)
  }

  private func inlineLabelEnd() -> (start: Int, Void)? {
    var probe = index
    while probe + 2 < scalars.count {
      let window = String(String.UnicodeScalarView(scalars[probe..<(probe + 3)]))
      if ["-->", "---", "==>", "===", ".->", "-.-"].contains(window), probe > index {
        // Back up over the dashes that belong to the operator.
        var start = probe
        while start > index, "-=.".unicodeScalars.contains(scalars[start - 1]) { start -= 1 }
        return (start, ())
      }
      probe += 1
    }
    return nil
  }

  private func classify(_ run: String) -> LinkRef {
    let directed = run.hasSuffix(">") || run.hasSuffix("o") || run.hasSuffix("x")
    let style: EdgeStyle
    if run.contains(".") {
      style = .dotted
    } else if run.contains("=") {
      style = .thick
    } else {
      style = directed ? .arrow : .open
    }
    return LinkRef(label: nil, style: style, directed: directed)
  }
}
