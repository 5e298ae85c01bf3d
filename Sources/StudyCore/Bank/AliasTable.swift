import NoteOutline

/// Names that mean one concept (`Application Load Balancer = ALB`), from `Content/aliases.txt`
/// and the user's additions.
public struct AliasTable: Equatable, Sendable {
  /// Canonical name by name key of every spelling.
  private var canonicalByKey: [String: String] = [:]
  /// Every spelling by canonical name.
  fileprivate(set) var namesByCanonical: [String: [String]] = [:]

  /// An empty table.
  public init() {}

  /// Parses the alias format: one concept per line, names separated by ` = `, canonical first
  /// (a line may hold one name); `#` starts a comment. Returns the table and `(line, message)` problems found.
  public static func parse(_ text: String) -> (table: AliasTable, problems: [(Int, String)]) {
    var table = AliasTable()
    var problems: [(Int, String)] = []
    for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = rawLine.trimmingWhitespace()
      if line.isEmpty || line.hasPrefix("#") { continue }
      let names = line.components(separatedBy: " = ").map { $0.trimmingWhitespace() }
        .filter { !$0.isEmpty }
      // A line with one name declares a concept of its own (kept apart from look-alikes).
      if let clash = table.add(names) {
        problems.append((offset + 1, "`\(clash)` already belongs to another concept"))
      }
    }
    return (table, problems)
  }

  /// Adds one concept; returns a name that was already taken by another concept, if any.
  @discardableResult
  public mutating func add(_ names: [String]) -> String? {
    guard let canonical = names.first else { return nil }
    var clash: String?
    for name in names {
      // The exact spelling is the name's own; the spelling without `Amazon `/`AWS ` is
      // registered too unless another concept has it (`AWS Auto Scaling` ≠ `Auto Scaling`).
      let exact = TextNormalizer.key(name)
      if let existing = canonicalByKey[exact], existing != canonical {
        clash = name
        continue
      }
      canonicalByKey[exact] = canonical
      let short = TextNormalizer.nameKey(name)
      if canonicalByKey[short] == nil { canonicalByKey[short] = canonical }
      namesByCanonical[canonical, default: []].append(name)
    }
    return clash
  }

  /// The canonical name of `name`, if the table knows it.
  public func canonical(_ name: String) -> String? {
    canonicalByKey[TextNormalizer.key(name)] ?? canonicalByKey[TextNormalizer.nameKey(name)]
  }

  /// Every spelling of the concept `name` belongs to (empty when unknown).
  public func aliases(of name: String) -> [String] {
    guard let canonical = canonical(name) else { return [] }
    return namesByCanonical[canonical] ?? []
  }

  /// Whether two names are the same concept: equal name keys, or one canonical name.
  public func same(_ first: String, _ second: String) -> Bool {
    if let ca = canonical(first), let cb = canonical(second) { return ca == cb }
    return TextNormalizer.nameKey(first) == TextNormalizer.nameKey(second)
  }

  /// A key naming the concept: the canonical name's key, else the name's own key.
  public func conceptKey(_ name: String) -> String {
    canonical(name).map(TextNormalizer.nameKey) ?? TextNormalizer.nameKey(name)
  }

  /// How many concepts the table holds.
  public var count: Int { namesByCanonical.count }
}

extension AliasTable {
  /// Adds every concept of `other`; names already taken keep their first concept.
  public mutating func merge(_ other: AliasTable) {
    for canonical in other.namesByCanonical.keys.sorted() {
      add(other.namesByCanonical[canonical] ?? [])
    }
  }
}
