/// A heading and everything under it until the next heading of the same or a higher level.
public struct Section: Equatable, Sendable, Codable {
  /// The heading itself; `nil` for the root section of a document.
  public var heading: Heading?
  /// The clean titles of this heading and its ancestors, outermost first (empty for the root).
  public var path: [String]
  /// The blocks directly under the heading, before its first subsection.
  public var blocks: [Block]
  /// The subsections, in document order.
  public var subsections: [Section]

  /// Creates a section.
  public init(heading: Heading?, path: [String], blocks: [Block] = [], subsections: [Section] = [])
  {
    self.heading = heading
    self.path = path
    self.blocks = blocks
    self.subsections = subsections
  }

  /// The heading level (1–6), or 0 for the root.
  public var level: Int { heading?.level ?? 0 }
}

/// A Markdown heading with its cleaned title.
public struct Heading: Equatable, Sendable, Codable {
  /// 1 for `#`, up to 6.
  public var level: Int
  /// The title as written, inline markup reduced to text.
  public var original: String
  /// The title without numbering (`4.2`, `1.`), emoji and trailing colons.
  public var title: String
  /// The 1-based source line of the heading.
  public var line: Int

  /// Creates a heading; the clean title is derived from `original`.
  public init(level: Int, original: String, line: Int) {
    self.level = level
    self.original = original
    self.title = HeadingTitle.clean(original)
    self.line = line
  }
}
