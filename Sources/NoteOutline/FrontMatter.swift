/// Reads the YAML front matter between `---` lines at the top of a note.
///
/// Only the subset notes use is understood: `key: value`, quoted values, `key:` followed by
/// `- item` lines, and inline lists `[a, b]`. Anything else is kept as text.
enum FrontMatter {
  /// The front matter entries and how many lines (including both fences) it spans, or `nil`
  /// when the text does not start with a front matter block.
  static func read(_ text: Substring) -> (entries: [FrontMatterEntry], lineCount: Int)? {
    var lines = text.splitBytes(UInt8(ascii: "\n"), maxSplits: 202)
    guard let first = lines.first, first.trimmingWhitespace() == "---" else { return nil }
    lines.removeFirst()
    var entries: [FrontMatterEntry] = []
    for (offset, rawLine) in lines.enumerated() {
      if offset > 200 { return nil }
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      let trimmed = line.trimmingWhitespace()
      if trimmed == "---" || trimmed == "..." {
        return (entries, offset + 2)
      }
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      if trimmed.hasPrefix("- "), line.first?.isWhitespace == true || line.hasPrefix("- "),
        !entries.isEmpty
      {
        entries[entries.count - 1].values.append(unquote(String(trimmed.dropFirst(2))))
        continue
      }
      guard let colon = trimmed.firstIndex(of: ":") else { continue }
      // Nested mappings (indented keys) are not metadata we use; skip them.
      if line.first?.isWhitespace == true { continue }
      let key = trimmed[..<colon].trimmingWhitespace()
      let value = trimmed[trimmed.index(after: colon)...].trimmingWhitespace()
      entries.append(FrontMatterEntry(key: key, values: values(of: value)))
    }
    return nil
  }

  /// The values of a scalar or an inline `[a, b]` list.
  static func values(of value: String) -> [String] {
    if value.isEmpty { return [] }
    if value.hasPrefix("["), value.hasSuffix("]") {
      return value.dropFirst().dropLast().split(separator: ",").map {
        unquote($0.trimmingWhitespace())
      }.filter { !$0.isEmpty }
    }
    return [unquote(value)]
  }

  /// Removes matching single or double quotes around a value.
  static func unquote(_ value: String) -> String {
    let trimmed = value.trimmingWhitespace()
    guard trimmed.count >= 2, let first = trimmed.first, let last = trimmed.last,
      first == last, first == "\"" || first == "'"
    else { return trimmed }
    return String(trimmed.dropFirst().dropLast())
  }
}
