import ArgumentParser
import Foundation
import NoteOutline
import StudyCore

/// `notedrill graph`: the concepts of the notes and how they relate.
struct GraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "graph",
    abstract: "Print the concept graph: concepts merged across notes, and their typed edges.",
    discussion: """
      Edges: part of (heading and list nesting), flows to (mermaid arrows, with their label and \
      the heading the diagram is under), compared with (comparison tables, "A vs B" headings), \
      mentions (a concept named in another's definition). With --concept, only the concepts \
      within --depth edges of it. DOT renders with Graphviz (`dot -Tsvg`); JSON has a `version`.
      """)

  /// The output forms.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, dot, mermaid, json
  }

  @Option(name: .long, help: "Start from this concept (any spelling or alias).")
  var concept: String?

  @Option(name: .long, parsing: .unconditional, help: "How many edges away from --concept to go.")
  var depth = 1

  @Option(name: .long, help: "Output form: text, dot, mermaid or json.")
  var format: Format = .text

  @OptionGroup var notesOptions: NotesOptions

  func validate() throws {
    guard depth >= 0 else { throw ValidationError("--depth must be 0 or more, not \(depth).") }
  }

  func run() throws {
    let location = try notesOptions.location()
    let loaded = try notesOptions.load()
    let aliases = BankLoader.aliases(notesPath: location.path)
    let graph = ConceptGraph.build(loaded.documents, aliases: aliases)
    var shown = graph
    var starts = graph.concepts.map(\.id)
    if let name = concept {
      guard let found = graph.concept(named: name, aliases: aliases) else {
        throw ValidationError(
          "No concept named \"\(name)\" in these notes. `notedrill graph` lists them all.")
      }
      shown = graph.neighbourhood(of: found.id, depth: depth)
      starts = [found.id]
    }
    switch format {
    case .text: print(GraphRenderer.text(shown, from: starts, depth: concept == nil ? 1 : depth))
    case .dot: print(GraphRenderer.dot(shown))
    case .mermaid: print(GraphRenderer.mermaid(shown))
    case .json: print(try GraphRenderer.json(shown))
    }
  }
}
