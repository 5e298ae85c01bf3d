/// Keeps the best of the scored candidates: at most `perFact` questions of one fact, at most
/// `perSection` of one section, and diagram questions at most `diagramShare` of a note's
/// questions. Ranked by score, then kind, then id, so the choice is stable: an edit elsewhere
/// in the note never changes which questions of a section are kept unless it changes them.
struct BankSelection {
  /// One candidate that passed every rule, with its id and score.
  struct Scored {
    var candidate: Candidate
    var id: String
    var score: QualityScore
    /// The sibling group (note and fact).
    var fact: String
    /// Note and heading path.
    var section: String
  }

  /// Questions of one fact kept at most (a term asked both ways and typed; a comparison's
  /// side, cell and statement).
  static let perFact = 3
  /// Questions of one section kept at most.
  static let perSection = 16
  /// The largest share of a note's questions that may be diagram questions.
  static let diagramShare = 0.15

  static let diagramKinds: Set<QuestionKind> = [
    .flowNext, .flowPrevious, .flowEdgeLabel, .flowOrder,
  ]

  /// Why a candidate was left out.
  enum Reason { case outranked, diagramShare }

  /// Indices (into `scored`) of the kept candidates, in their original order, and the left-out
  /// ones with the reason.
  static func select(_ scored: [Scored]) -> (kept: [Int], dropped: [(Int, Reason)]) {
    let ranking = scored.indices.sorted { a, b in
      let left = scored[a]
      let right = scored[b]
      if left.score.total != right.score.total { return left.score.total > right.score.total }
      let kinds = (left.candidate.kind.sortIndex, right.candidate.kind.sortIndex)
      if kinds.0 != kinds.1 { return kinds.0 < kinds.1 }
      return left.id < right.id
    }
    var perFactCount: [String: Int] = [:]
    var perSectionCount: [String: Int] = [:]
    var keep = Array(repeating: false, count: scored.count)
    var dropped: [(Int, Reason)] = []
    for index in ranking {
      let item = scored[index]
      let authored = item.candidate.structure == .authored
      guard
        authored
          || (perFactCount[item.fact, default: 0] < perFact
            && perSectionCount[item.section, default: 0] < perSection)
      else {
        dropped.append((index, .outranked))
        continue
      }
      perFactCount[item.fact, default: 0] += 1
      perSectionCount[item.section, default: 0] += 1
      keep[index] = true
    }
    capDiagrams(scored, ranking, &keep, &dropped)
    return (scored.indices.filter { keep[$0] }, dropped)
  }

  /// Drops the lowest-ranked diagram questions of each note past the share.
  private static func capDiagrams(
    _ scored: [Scored], _ ranking: [Int], _ keep: inout [Bool], _ dropped: inout [(Int, Reason)]
  ) {
    var others: [Int: Int] = [:]
    for index in scored.indices where keep[index] {
      if !diagramKinds.contains(scored[index].candidate.kind) {
        others[scored[index].candidate.place.document, default: 0] += 1
      }
    }
    var diagrams: [Int: Int] = [:]
    for index in ranking where keep[index] && diagramKinds.contains(scored[index].candidate.kind) {
      let note = scored[index].candidate.place.document
      // d ≤ share × (others + d)  ⇔  d ≤ share × others / (1 − share).
      let allowed = Int(diagramShare * Double(others[note, default: 0]) / (1 - diagramShare))
      if diagrams[note, default: 0] < allowed {
        diagrams[note, default: 0] += 1
      } else {
        keep[index] = false
        dropped.append((index, .diagramShare))
      }
    }
  }
}
