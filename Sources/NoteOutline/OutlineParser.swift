import Foundation

/// Turns Markdown text into a `NoteDocument`.
public enum OutlineParser {
  /// Parses `markdown` read from `path`. Never fails: problems become diagnostics.
  public static func parse(_ markdown: String, path: String) -> NoteDocument {
    var text = markdown
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    var frontMatter: [FrontMatterEntry] = []
    if text.hasPrefix("---"), let found = FrontMatter.read(text[...]) {
      frontMatter = found.entries
      // Blank out the front matter so cmark's line numbers stay those of the file.
      text = String(repeating: "\n", count: found.lineCount) + dropLines(found.lineCount, of: text)
    }
    var converter = CmarkConverter(path: path)
    let elements = converter.convert(text)
    let root = buildSections(elements)
    let id = documentID(for: path)
    let title =
      frontMatter.first { $0.key == "title" }?.values.first
      ?? firstTitle(root) ?? id
    let tags =
      frontMatter.first { $0.key == "tags" }?.values.flatMap { value in
        value.split(separator: ",").map { $0.trimmingWhitespace() }
      }.filter { !$0.isEmpty } ?? []
    return NoteDocument(
      path: path, id: id, title: title, tags: tags, frontMatter: frontMatter, root: root,
      diagnostics: converter.diagnostics)
  }

  /// The document id: the file name without its extension, NFC-normalised.
  public static func documentID(for path: String) -> String {
    let name = (path as NSString).lastPathComponent
    let stem = (name as NSString).deletingPathExtension
    return (stem.isEmpty ? name : stem).precomposedStringWithCanonicalMapping
  }

  private static func dropLines(_ count: Int, of text: String) -> Substring {
    var remaining = count
    let bytes = text.utf8
    var index = bytes.startIndex
    while remaining > 0, let newline = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) {
      index = bytes.index(after: newline)
      remaining -= 1
    }
    return remaining > 0 ? "" : text[index...]
  }

  private static func firstTitle(_ root: Section) -> String? {
    var stack = [root]
    while let section = stack.popLast() {
      if let heading = section.heading, heading.level == 1 { return heading.title }
      stack.append(contentsOf: section.subsections.reversed())
    }
    return nil
  }

  /// Nests sections by heading level: a heading closes every open section of its level or deeper.
  static func buildSections(_ elements: [CmarkConverter.TopLevel]) -> Section {
    var stack = [Section(heading: nil, path: [])]
    func closeTop() {
      let done = stack.removeLast()
      stack[stack.count - 1].subsections.append(done)
    }
    for element in elements {
      switch element {
      case .block(let block):
        stack[stack.count - 1].blocks.append(block)
      case .heading(let heading):
        while stack.count > 1, stack[stack.count - 1].level >= heading.level { closeTop() }
        let path = stack[stack.count - 1].path + [heading.title]
        stack.append(Section(heading: heading, path: path))
      }
    }
    while stack.count > 1 { closeTop() }
    return stack[0]
  }
}
