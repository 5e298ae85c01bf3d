/// Groups a bank into the few weighted domains of a mock exam, as the real exam has four.
///
/// The building blocks are each note's top-level sections (a note whose questions all sit under
/// its title heading is split one level down), or the notes themselves. The lightest block is
/// merged into its lighter neighbour (in note order, a block of the same note first) until at
/// most ``maximumDomains(questionCount:)`` remain and, above ``minimumDomains``, each carries at
/// least half the mean weight. A block weighs its distinct sibling groups (facts), so a fact
/// asked three ways counts once.
public enum ExamDomains {
  /// Never merged below this many domains (fewer only when the bank has fewer blocks).
  public static let minimumDomains = 4
  /// Never more than this many domains.
  public static let maximumDomainsCap = 6

  /// The most domains an exam of `questionCount` questions has: about four questions a domain,
  /// between ``minimumDomains`` and ``maximumDomainsCap``.
  public static func maximumDomains(questionCount: Int) -> Int {
    min(maximumDomainsCap, max(minimumDomains, questionCount / 4))
  }

  /// One block before merging: a note's section (or the note), its label and weight.
  struct Block {
    var document: String
    var label: String
    var weight: Int
  }

  /// One domain being built: the blocks it holds, in note order.
  struct Group {
    var blocks: [Block]
    var weight: Int { blocks.reduce(0) { $0 + $1.weight } }
    var documents: Set<String> { Set(blocks.map(\.document)) }
  }

  /// Note titles longer than this many characters give way to the note's file name in labels,
  /// so a label stays short enough for a title bar.
  public static let longestTitle = 20

  /// The domain label of each question, in order, for an exam of `questionCount` questions.
  /// `titles` maps a note id to its title (the id when absent or longer than
  /// ``longestTitle``).
  public static func labels(
    of questions: [Question], grouping: ExamDomainGrouping, titles: [String: String],
    questionCount: Int
  ) -> [String] {
    let titles = titles.filter { $0.value.count <= longestTitle }
    let blockLabels = ExamDraw.blockLabels(of: questions, grouping: grouping, titles: titles)
    var order: [String] = []
    var groupsOf: [String: Set<String>] = [:]
    var documentOf: [String: String] = [:]
    for (question, label) in zip(questions, blockLabels) {
      if groupsOf[label] == nil { order.append(label) }
      groupsOf[label, default: []].insert(
        question.siblingGroup.isEmpty ? question.id : question.siblingGroup)
      documentOf[label] = question.source.document
    }
    let blocks = order.map {
      Block(document: documentOf[$0] ?? "", label: $0, weight: groupsOf[$0]?.count ?? 0)
    }
    let groups = merge(
      blocks.map { Group(blocks: [$0]) },
      limit: maximumDomains(questionCount: questionCount))
    var domainOf: [String: String] = [:]
    for group in groups {
      let name = label(of: group, titles: titles, allBlocks: blocks)
      for block in group.blocks { domainOf[block.label] = name }
    }
    return blockLabels.map { domainOf[$0] ?? $0 }
  }

  /// Merges the lightest group into a neighbour until the groups are few enough and fair.
  static func merge(_ start: [Group], limit: Int) -> [Group] {
    var groups = start
    while groups.count > 1 {
      let total = groups.reduce(0) { $0 + $1.weight }
      guard let lightest = groups.indices.min(by: { groups[$0].weight < groups[$1].weight })
      else { break }
      let fair = Double(total) / Double(groups.count) / 2
      let tooMany = groups.count > limit
      let unfair = groups.count > minimumDomains && Double(groups[lightest].weight) < fair
      guard tooMany || unfair else { break }
      let partner = neighbour(of: lightest, in: groups)
      let (first, second) = (min(lightest, partner), max(lightest, partner))
      groups[first].blocks += groups[second].blocks
      groups.remove(at: second)
    }
    return groups
  }

  /// The neighbour to merge `index` into: one sharing a note first, then the lighter.
  static func neighbour(of index: Int, in groups: [Group]) -> Int {
    let candidates = [index - 1, index + 1].filter { groups.indices.contains($0) }
    let documents = groups[index].documents
    return candidates.min { a, b in
      let sharesA = groups[a].documents.isDisjoint(with: documents) ? 1 : 0
      let sharesB = groups[b].documents.isDisjoint(with: documents) ? 1 : 0
      return (sharesA, groups[a].weight, a) < (sharesB, groups[b].weight, b)
    } ?? index
  }

  /// A group's label: the note's title when it is one whole note; else its heaviest block's
  /// label, with `+N` for the N other blocks it holds.
  static func label(of group: Group, titles: [String: String], allBlocks: [Block]) -> String {
    let documents = group.documents
    if documents.count == 1, let document = documents.first,
      allBlocks.filter({ $0.document == document }).count == group.blocks.count
    {
      return titles[document] ?? document
    }
    let heaviest = group.blocks.enumerated().max { a, b in
      (a.element.weight, b.offset) < (b.element.weight, a.offset)
    }
    let name = heaviest?.element.label ?? ""
    return group.blocks.count > 1 ? name + " +\(group.blocks.count - 1)" : name
  }
}
