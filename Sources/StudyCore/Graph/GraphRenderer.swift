import Foundation
import NoteOutline

/// The graph as text for people (indented by depth), DOT for Graphviz, mermaid and JSON.
public enum GraphRenderer {
  /// The terminal form: each start concept, its kind and notes, then its neighbours grouped by
  /// relation, indented once per step, down to `depth` steps.
  public static func text(_ graph: ConceptGraph, from starts: [String], depth: Int) -> String {
    var lines: [String] = []
    for id in starts {
      guard let concept = graph.concept(id: id) else { continue }
      lines.append(heading(concept))
      var seen: Set<String> = [id]
      appendNeighbours(
        graph, of: id, depth: max(depth, 1), indent: 1, path: [id], seen: &seen, to: &lines)
    }
    return lines.joined(separator: "\n")
  }

  private static func heading(_ concept: Concept) -> String {
    "\(concept.name) [\(concept.kind.rawValue)] — \(concept.notes.joined(separator: ", "))"
  }

  private static func appendNeighbours(
    _ graph: ConceptGraph, of id: String, depth: Int, indent: Int, path: Set<String>,
    seen: inout Set<String>, to lines: inout [String]
  ) {
    let pad = String(repeating: "  ", count: indent)
    // The way back to where the listing came from is not listed again.
    let neighbours = graph.neighbours(of: id).filter { !path.contains($0.concept.id) }
    var relations: [String] = []
    for neighbour in neighbours where !relations.contains(neighbour.relation) {
      relations.append(neighbour.relation)
    }
    for relation in relations {
      lines.append(pad + relation + ":")
      for neighbour in neighbours where neighbour.relation == relation {
        lines.append(pad + "  " + describe(neighbour))
        guard depth > 1, seen.insert(neighbour.concept.id).inserted else { continue }
        appendNeighbours(
          graph, of: neighbour.concept.id, depth: depth - 1, indent: indent + 2,
          path: path.union([neighbour.concept.id]), seen: &seen, to: &lines)
      }
    }
  }

  private static func describe(_ neighbour: Neighbour) -> String {
    let details = [neighbour.edge.label, neighbour.edge.context.map { "in " + $0 }].compactMap {
      $0
    }
    let suffix = details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")"
    return "\(neighbour.concept.name) [\(neighbour.concept.kind.rawValue)]\(suffix)"
  }

  /// The DOT form: one node per concept (labelled with its name), one edge per relation.
  public static func dot(_ graph: ConceptGraph) -> String {
    var lines = ["digraph notedrill {", "  rankdir=LR;", "  node [shape=box];"]
    for concept in graph.concepts {
      lines.append("  \(quoted(concept.id)) [label=\(quoted(concept.name))];")
    }
    for edge in graph.edges {
      let label = [edge.kind.outgoingLabel, edge.label].compactMap { $0 }.joined(separator: ": ")
      var attributes = ["label=\(quoted(label))"]
      switch edge.kind {
      case .flowsTo: break
      case .comparedWith: attributes.append(contentsOf: ["dir=none", "style=dashed"])
      case .partOf, .mentions: attributes.append("style=dotted")
      }
      lines.append(
        "  \(quoted(edge.from)) -> \(quoted(edge.to)) [\(attributes.joined(separator: ", "))];")
    }
    lines.append("}")
    return lines.joined(separator: "\n")
  }

  /// A DOT string literal: quotes and backslashes escaped, line breaks as `\n`.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for character in text {
      switch character {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n", "\r\n", "\r": result += "\\n"
      default: result.append(character)
      }
    }
    return result + "\""
  }

  /// The mermaid form: a `graph LR` block with nodes `n0`, `n1`, … in concept order.
  public static func mermaid(_ graph: ConceptGraph) -> String {
    var lines = ["graph LR"]
    var names: [String: String] = [:]
    for (index, concept) in graph.concepts.enumerated() {
      names[concept.id] = "n\(index)"
      lines.append("    n\(index)[\"\(mermaidText(concept.name))\"]")
    }
    for edge in graph.edges {
      guard let from = names[edge.from], let to = names[edge.to] else { continue }
      let label = mermaidText(edge.label ?? edge.kind.outgoingLabel)
      let arrow: String
      switch edge.kind {
      case .flowsTo: arrow = "-->"
      case .comparedWith: arrow = "---"
      case .partOf, .mentions: arrow = "-.->"
      }
      lines.append("    \(from) \(arrow)|\"\(label)\"| \(to)")
    }
    return lines.joined(separator: "\n")
  }

  private static func mermaidText(_ text: String) -> String {
    text.replacingAll("\"", with: "#quot;").replacingAll("\n", with: " ")
  }

  /// The JSON form (`version`, `concepts`, `edges`), keys sorted, for other tools.
  public static func json(_ graph: ConceptGraph) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return JSONSafeText.escape(String(decoding: try encoder.encode(graph), as: UTF8.self))
  }

  /// Reads the JSON form back.
  public static func decode(json: String) throws -> ConceptGraph {
    try JSONDecoder().decode(ConceptGraph.self, from: Data(json.utf8))
  }
}
