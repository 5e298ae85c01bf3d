/// Merges names into concepts: the alias list first, then acronym parentheses
/// (`Application Load Balancer (ALB)`), never by substring.
struct ConceptResolver {
  let aliases: AliasTable
  /// Union-find parents over concept keys.
  private var parent: [String: String] = [:]
  /// Keys already worked out, by name as written.
  private var cache: [RawName: String] = [:]

  init(aliases: AliasTable) { self.aliases = aliases }

  /// Joins every name with its acronym parenthesis, unless the alias list keeps them apart.
  init(records: [NameRecord], aliases: AliasTable) {
    self.aliases = aliases
    // A pair joined once needs no second look: the same term recurs across notes.
    var seen: Set<[String]> = []
    for record in records {
      guard let inner = record.parenthetical, seen.insert([record.name, inner]).inserted,
        ConceptNames.isAcronymPair(record.name, inner)
      else { continue }
      // Two names the alias list assigns to different concepts are never merged.
      if let first = aliases.canonical(record.name), let second = aliases.canonical(inner),
        first != second
      {
        continue
      }
      union(aliases.conceptKey(record.name), aliases.conceptKey(inner))
    }
  }

  /// The concept key of a name, remembered: the same names recur in every note.
  mutating func cachedKey(_ name: String) -> String {
    let raw = RawName(name)
    if let known = cache[raw] { return known }
    let found = key(name)
    cache[raw] = found
    return found
  }

  /// The concept key of a name.
  func key(_ name: String) -> String {
    var current = aliases.conceptKey(name)
    while let next = parent[current], next != current { current = next }
    return current
  }

  private mutating func union(_ first: String, _ second: String) {
    let a = key(first)
    let b = key(second)
    guard a != b else { return }
    // The smaller key represents the group: deterministic whatever the note order.
    if a < b { parent[b] = a } else { parent[a] = b }
  }
}
