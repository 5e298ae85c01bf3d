/// Parses the small mermaid subset notes use: flowcharts and mindmaps; other kinds stay raw.
public enum MermaidParser {
  /// Parses `source`, whose first line is at `firstLine` (1-based) in the note.
  public static func parse(_ source: String, firstLine: Int) -> MermaidDiagram {
    let lines = source.splitBytes(UInt8(ascii: "\n"))
    guard
      let headerIndex = lines.firstIndex(where: {
        let trimmed = $0.trimmingWhitespace()
        return !trimmed.isEmpty && !trimmed.hasPrefix("%%")
      })
    else { return .other(kind: "", source: source) }
    let header = lines[headerIndex].trimmingWhitespace()
    let words = header.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == ";" })
    let kind = words.first.map(String.init) ?? ""
    let body = lines[(headerIndex + 1)...].enumerated().map { offset, text in
      (text: text, line: firstLine + headerIndex + 1 + offset)
    }
    switch kind {
    case "graph", "flowchart":
      var builder = FlowchartBuilder(
        keyword: kind, direction: words.count > 1 ? String(words[1]) : nil)
      for entry in body { builder.add(line: entry.text, number: entry.line) }
      return .flowchart(builder.flowchart)
    case "mindmap":
      if let root = MindmapBuilder.build(body) { return .mindmap(root) }
      return .other(kind: kind, source: source)
    default:
      return .other(kind: kind, source: source)
    }
  }

  /// A label as shown: quotes removed, `<br>`/`<br/>` as a line break, spaces folded per line.
  static func cleanLabel(_ raw: some StringProtocol) -> String {
    var label = raw.trimmingWhitespace()
    let quote = UInt8(ascii: "\"")
    if label.utf8.count >= 2, label.utf8.first == quote, label.utf8.last == quote {
      label = String(label.dropFirst().dropLast())
    }
    if label.utf8.contains(UInt8(ascii: "<")) {
      for form in ["<br/>", "<br />", "<br>", "<BR/>", "<BR>"] {
        label = label.replacingAll(form, with: "\n")
      }
    }
    return label.trimmingWhitespaceKeepingBreaks()
  }
}

extension String {
  /// Replaces every occurrence of `target` (matched scalar by scalar) with `replacement`.
  func replacingAll(_ target: String, with replacement: String) -> String {
    let source = Array(unicodeScalars)
    let pattern = Array(target.unicodeScalars)
    guard !pattern.isEmpty, source.count >= pattern.count else { return self }
    var result = String.UnicodeScalarView()
    var index = 0
    var changed = false
    while index < source.count {
      if index + pattern.count <= source.count, source[index] == pattern[0],
        Array(source[index..<(index + pattern.count)]) == pattern
      {
        result.append(contentsOf: replacement.unicodeScalars)
        index += pattern.count
        changed = true
      } else {
        result.append(source[index])
        index += 1
      }
    }
    return changed ? String(result) : self
  }
}

/// Builds a mindmap tree from indentation.
enum MindmapBuilder {
  static func build(_ body: [(text: Substring, line: Int)]) -> MindmapNode? {
    // Each stack entry: indentation and the node being built.
    var stack: [(indent: Int, node: MindmapNode)] = []
    var root: MindmapNode?
    func closeDeeper(than indent: Int) {
      while let top = stack.last, top.indent >= indent {
        stack.removeLast()
        if stack.isEmpty {
          root = top.node
        } else {
          stack[stack.count - 1].node.children.append(top.node)
        }
      }
    }
    for (text, line) in body {
      let trimmed = text.trimmingWhitespace()
      if trimmed.isEmpty || trimmed.hasPrefix("%%") || trimmed.hasPrefix("::") { continue }
      let indent = text.prefix(while: { $0 == " " || $0 == "\t" }).count
      if root != nil && stack.isEmpty { continue }  // a second root is not valid mermaid
      closeDeeper(than: indent)
      if root != nil { continue }
      stack.append((indent, MindmapNode(text: nodeText(trimmed), line: line)))
    }
    closeDeeper(than: Int.min)
    return root
  }

  /// `root((text))`, `)text(`, `(text)`, `[text]`, `{{text}}`, or plain text.
  static func nodeText(_ line: String) -> String {
    let openers: [(open: String, close: String)] = [
      ("((", "))"), ("))", "(("), ("{{", "}}"), ("(", ")"), (")", "("), ("[", "]"),
    ]
    for (open, close) in openers {
      guard let openRange = line.range(of: open), line.hasSuffix(close) else { continue }
      let inner = line[openRange.upperBound..<line.index(line.endIndex, offsetBy: -close.count)]
      if inner.isEmpty { continue }
      let prefix = line[..<openRange.lowerBound]
      if prefix.contains(where: { $0 == " " }) { continue }
      return MermaidParser.cleanLabel(inner)
    }
    return MermaidParser.cleanLabel(line)
  }
}

extension StringProtocol {
  /// The range of the first occurrence of `needle`, compared by unicode scalars.
  func range(of needle: String) -> Range<Index>? {
    guard let first = needle.first else { return nil }
    var index = startIndex
    while index < endIndex {
      if self[index] == first, self[index...].hasPrefix(needle) {
        return index..<self.index(index, offsetBy: needle.count)
      }
      index = self.index(after: index)
    }
    return nil
  }
}
