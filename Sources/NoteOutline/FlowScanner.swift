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

  // UTF-8 bytes: every delimiter is ASCII, and bytes of multi-byte characters are all ≥ 0x80,
  // so labels in Korean pass through untouched.
  private let scalars: [UInt8]
  private var index = 0

  init(_ text: String) { scalars = Array(text.utf8) }

  private func text(_ range: Range<Int>) -> String {
    String(decoding: scalars[range], as: UTF8.self)
  }

  var atEnd: Bool {
    var probe = index
    while probe < scalars.count, scalars[probe].isSpaceLike { probe += 1 }
    return probe >= scalars.count
  }

  private func peek(_ offset: Int = 0) -> UInt8? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  private mutating func skipSpaces() {
    while let scalar = peek(), scalar.isSpaceLike { index += 1 }
  }

  private static let nodeStops: Set<UInt8> = Set("[({>&;|".utf8)
  private static let operatorBytes: Set<UInt8> = Set("-=.~>ox".utf8)
  private static let dashBytes: Set<UInt8> = Set("-=.".utf8)

  /// `A & B:::cls` — one or more nodes joined by `&`.
  mutating func readNodeGroup() -> [NodeRef]? {
    var group: [NodeRef] = []
    while let node = readNode() {
      group.append(node)
      skipSpaces()
      guard peek() == ascii("&") else { break }
      index += 1
    }
    return group.isEmpty ? nil : group
  }

  /// Whether a link operator starts at the cursor.
  private func linkStarts(at position: Int) -> Bool {
    guard position + 1 < scalars.count else { return false }
    let first = scalars[position]
    let second = scalars[position + 1]
    if first == ascii("<") { return linkStarts(at: position + 1) }
    return (first == ascii("-") && (second == ascii("-") || second == ascii(".")))
      || (first == ascii("=") && second == ascii("="))
      || (first == ascii("~") && second == ascii("~"))
  }

  /// A node id and optional shape with label.
  mutating func readNode() -> NodeRef? {
    skipSpaces()
    let start = index
    while let scalar = peek() {
      if scalar.isSpaceLike || Self.nodeStops.contains(scalar) { break }
      if linkStarts(at: index) { break }
      index += 1
    }
    guard index > start else { return nil }
    let id = text(start..<index)
    var node = NodeRef(id: id, label: nil, shape: .plain)
    if let (shape, label) = readShape() {
      node.shape = shape
      node.label = MermaidParser.cleanLabel(label)
    }
    skipClassSuffix()
    return node
  }

  private mutating func skipClassSuffix() {
    guard peek() == ascii(":"), peek(1) == ascii(":"), peek(2) == ascii(":") else { return }
    index += 3
    while let scalar = peek(), !scalar.isSpaceLike, scalar != ascii("&") { index += 1 }
  }

  /// Openers, longest first, with their closers and shapes.
  private static let shapes: [(open: [UInt8], close: [UInt8], shape: NodeShape)] = [
    ("(((", ")))", NodeShape.circle), ("([", "])", .stadium), ("((", "))", .circle),
    ("[(", ")]", .cylinder), ("[[", "]]", .subroutine), ("[/", "/]", .parallelogram),
    ("[\\", "\\]", .parallelogram), ("[/", "\\]", .parallelogram), ("[\\", "/]", .parallelogram),
    ("{{", "}}", .hexagon), ("[", "]", .rectangle), ("(", ")", .rounded), ("{", "}", .rhombus),
    (">", "]", .asymmetric),
  ].map { (Array($0.0.utf8), Array($0.1.utf8), $0.2) }

  private func matches(_ text: [UInt8], at position: Int) -> Bool {
    var probe = position
    for scalar in text {
      guard probe < scalars.count, scalars[probe] == scalar else { return false }
      probe += 1
    }
    return true
  }

  private mutating func readShape() -> (NodeShape, String)? {
    for (open, close, shape) in Self.shapes where matches(open, at: index) {
      let labelStart = index + open.count
      if let end = closingIndex(from: labelStart, close: close) {
        let label = text(labelStart..<end)
        index = end + close.count
        return (shape, label)
      }
    }
    return nil
  }

  /// Where `close` ends the label: after a quoted label, or the first occurrence.
  private func closingIndex(from start: Int, close: [UInt8]) -> Int? {
    var probe = start
    while probe < scalars.count, scalars[probe].isSpaceLike { probe += 1 }
    if probe < scalars.count, scalars[probe] == ascii("\"") {
      var end = probe + 1
      while end < scalars.count, scalars[end] != ascii("\"") { end += 1 }
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
    if peek() == ascii("<") { index += 1 }
    let run = readOperatorRun()
    var link = classify(run)
    let complete = run.utf8.last == ascii(">") || run.utf8.count >= 3
    if !complete, let closing = inlineLabelEnd() {
      // `-- label -->` form: the text up to the closing operator is the label.
      link.label = MermaidParser.cleanLabel(text(index..<closing.start))
      index = closing.start
      let closingRun = readOperatorRun()
      let closingLink = classify(run + closingRun)
      link.style = closingLink.style
      link.directed = closingLink.directed
    }
    skipSpaces()
    if peek() == ascii("|") {
      let start = index + 1
      var end = start
      while end < scalars.count, scalars[end] != ascii("|") { end += 1 }
      link.label = MermaidParser.cleanLabel(text(start..<min(end, scalars.count)))
      index = min(end + 1, scalars.count)
    }
    return link
  }

  private mutating func readOperatorRun() -> String {
    var run: [UInt8] = []
    while let scalar = peek(), Self.operatorBytes.contains(scalar) {
      // `o`/`x` end a link only when followed by space (`--o B`), else they start a node id.
      if scalar == ascii("o") || scalar == ascii("x") {
        guard let next = peek(1), next.isSpaceLike, !run.isEmpty else { break }
      }
      run.append(scalar)
      index += 1
      if scalar == ascii(">") { break }
    }
    return String(decoding: run, as: UTF8.self)
  }

  private func inlineLabelEnd() -> (start: Int, Void)? {
    var probe = index
    while probe + 2 < scalars.count {
      let window = text(probe..<(probe + 3))
      if ["-->", "---", "==>", "===", ".->", "-.-"].contains(window), probe > index {
        // Back up over the dashes that belong to the operator.
        var start = probe
        while start > index, Self.dashBytes.contains(scalars[start - 1]) { start -= 1 }
        return (start, ())
      }
      probe += 1
    }
    return nil
  }

  private func classify(_ run: String) -> LinkRef {
    let last = run.utf8.last
    let directed = last == ascii(">") || last == ascii("o") || last == ascii("x")
    let style: EdgeStyle
    if run.utf8.contains(ascii(".")) {
      style = .dotted
    } else if run.utf8.contains(ascii("=")) {
      style = .thick
    } else {
      style = directed ? .arrow : .open
    }
    return LinkRef(label: nil, style: style, directed: directed)
  }
}

/// The byte of an ASCII character, for comparisons with UTF-8.
@inline(__always)
private func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(ascii: character) }

extension UInt8 {
  /// ASCII space or tab (what separates mermaid tokens).
  fileprivate var isSpaceLike: Bool { self == 0x20 || self == 0x09 || self == 0x0D }
}
