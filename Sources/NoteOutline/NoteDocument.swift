/// One parsed note: a Markdown file turned into typed values that carry their source lines.
public struct NoteDocument: Equatable, Sendable, Codable {
  /// The path the note was read from, as given (or relative to the scanned directory).
  public var path: String
  /// A stable identifier for the note: its file name without the extension, NFC-normalised.
  public var id: String
  /// The title: front matter `title`, else the first level-1 heading, else the file name.
  public var title: String
  /// Tags from the front matter (`tags:` as a YAML list or a comma-separated value).
  public var tags: [String]
  /// Every key of the front matter with its value(s) as text, in file order.
  public var frontMatter: [FrontMatterEntry]
  /// The root of the heading tree: level 0, holding what comes before the first heading.
  public var root: Section
  /// Problems found while reading this note that did not stop it (e.g. nesting cut off).
  public var diagnostics: [OutlineDiagnostic]

  /// Creates a document from its parts.
  public init(
    path: String, id: String, title: String, tags: [String], frontMatter: [FrontMatterEntry],
    root: Section, diagnostics: [OutlineDiagnostic] = []
  ) {
    self.path = path
    self.id = id
    self.title = title
    self.tags = tags
    self.frontMatter = frontMatter
    self.root = root
    self.diagnostics = diagnostics
  }

  /// All sections in document order, depth first, starting with the root.
  public var allSections: [Section] {
    var result: [Section] = []
    func visit(_ section: Section) {
      result.append(section)
      section.subsections.forEach(visit)
    }
    visit(root)
    return result
  }
}

/// One `key: value` entry of a note's YAML front matter.
public struct FrontMatterEntry: Equatable, Sendable, Codable {
  /// The key, as written.
  public var key: String
  /// The value(s): one for a scalar, several for a YAML list, none for an empty key.
  public var values: [String]

  /// Creates an entry.
  public init(key: String, values: [String]) {
    self.key = key
    self.values = values
  }
}
