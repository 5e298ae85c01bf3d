/// How a typed answer compares with the accepted answers.
public enum TypedVerdict: String, Equatable, Sendable, Codable {
  /// The same as a key or alias once folded.
  case exact
  /// A key or alias followed by a Korean particle (`VPC를`).
  case withParticle
  /// A small typo, tolerated: right, but rated Hard.
  case tolerated
  /// Close but not close enough to decide: ask "count it as right?".
  case nearMiss
  /// Wrong.
  case wrong

  /// Whether the answer counts as right without asking.
  public var isAccepted: Bool { self == .exact || self == .withParticle || self == .tolerated }
}

/// The grade of one typed answer.
public struct TypedGrade: Equatable, Sendable {
  /// The verdict.
  public var verdict: TypedVerdict
  /// The accepted answer it matched or came closest to (as written in the question).
  public var closest: String?
  /// The edit distance to it, in jamo and letters (0 for exact and particle matches).
  public var distance: Int

  /// Creates a grade.
  public init(verdict: TypedVerdict, closest: String?, distance: Int) {
    self.verdict = verdict
    self.closest = closest
    self.distance = distance
  }
}

/// Grades typed answers as questions.md describes: folding, aliases, particles, typos.
public struct TypedAnswerGrader: Equatable, Sendable {
  /// Korean particles accepted after a key, longest first so `으로` wins over `로`.
  public static let particles = ["으로", "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도"]

  private let otherTerms: Set<String>

  /// A grader that knows the other valid terms of the bank, so a typo that lands on one of
  /// them (SNS for SQS, EBS for EFS) is wrong rather than tolerated.
  public init(otherTerms: some Sequence<String> = []) {
    self.otherTerms = Set(otherTerms.map(GradingText.fold).filter { !$0.isEmpty })
  }

  /// How many edits are tolerated for an answer of `count` units.
  public static func tolerance(units count: Int) -> Int {
    count < 5 ? 0 : count < 12 ? 1 : 2
  }

  /// Grades `given` against the question's keys and aliases.
  public func grade(_ given: String, keys: [String], aliases: [String] = []) -> TypedGrade {
    let answer = GradingText.fold(given)
    let accepted = (keys + aliases).map { ($0, GradingText.fold($0)) }.filter { !$0.1.isEmpty }
    guard !answer.isEmpty, !accepted.isEmpty else {
      return TypedGrade(verdict: .wrong, closest: keys.first, distance: answer.count)
    }
    if let match = accepted.first(where: { $0.1 == answer }) {
      return TypedGrade(verdict: .exact, closest: match.0, distance: 0)
    }
    if let match = accepted.first(where: { Self.strippingParticle(answer, to: $0.1) }) {
      return TypedGrade(verdict: .withParticle, closest: match.0, distance: 0)
    }
    let acceptedKeys = Set(accepted.map(\.1))
    if otherTerms.contains(answer)
      || otherTerms.contains(where: { otherTerm in
        !acceptedKeys.contains(otherTerm) && Self.stripsParticle(answer, to: otherTerm)
      })
    {
      return TypedGrade(verdict: .wrong, closest: keys.first, distance: Int.max)
    }
    return typoGrade(answer, accepted: accepted)
  }

  /// True when `answer` is `candidate` followed by exactly one particle. The particle is only
  /// stripped when what is left equals the candidate, so a word that merely ends like a
  /// particle (게이트웨이) is never cut.
  static func strippingParticle(_ answer: String, to candidate: String) -> Bool {
    stripsParticle(answer, to: candidate)
  }

  private static func stripsParticle(_ answer: String, to candidate: String) -> Bool {
    guard answer.count > candidate.count, answer.hasPrefix(candidate) else { return false }
    let rest = String(answer.dropFirst(candidate.count))
    return particles.contains(rest)
  }

  /// The best typo match: tolerated within the tolerance, a near miss one edit beyond it.
  private func typoGrade(_ answer: String, accepted: [(String, String)]) -> TypedGrade {
    let forms =
      [answer]
      + Self.particles.compactMap { particle in
        answer.hasSuffix(particle) && answer.count > particle.count
          ? String(answer.dropLast(particle.count)) : nil
      }
    var best: (written: String, folded: String, distance: Int)?
    for (written, folded) in accepted {
      guard let distance = Self.typoDistance(forms: forms, candidate: folded) else { continue }
      if best == nil || distance < best?.distance ?? Int.max {
        best = (written, folded, distance)
      }
    }
    guard let best else {
      return TypedGrade(verdict: .wrong, closest: accepted.first?.0, distance: Int.max)
    }
    if closerToOtherTerm(forms: forms, than: best.distance, excluding: Set(accepted.map(\.1))) {
      return TypedGrade(verdict: .wrong, closest: best.written, distance: best.distance)
    }
    let units = GradingText.editUnits(best.folded).count
    let tolerance = Self.tolerance(units: units)
    let verdict: TypedVerdict =
      best.distance <= tolerance
      ? .tolerated : (best.distance == tolerance + 1 && units >= 3 ? .nearMiss : .wrong)
    return TypedGrade(verdict: verdict, closest: best.written, distance: best.distance)
  }

  /// The smallest edit distance from any form of the answer to `candidate`, or `nil` when the
  /// digits differ (a typo is never tolerated on a number).
  private static func typoDistance(forms: [String], candidate: String) -> Int? {
    let candidateUnits = GradingText.editUnits(candidate)
    let candidateDigits = GradingText.digits(candidate)
    let distances = forms.compactMap { form -> Int? in
      guard GradingText.digits(form) == candidateDigits else { return nil }
      return EditDistance.between(GradingText.editUnits(form), candidateUnits)
    }
    return distances.min()
  }

  /// Whether some other valid term is at least as close as the best accepted answer.
  private func closerToOtherTerm(forms: [String], than distance: Int, excluding: Set<String>)
    -> Bool
  {
    let formUnits = forms.map(GradingText.editUnits)
    for term in otherTerms where !excluding.contains(term) {
      let termUnits = GradingText.editUnits(term)
      guard abs(termUnits.count - (formUnits.first?.count ?? 0)) <= distance else { continue }
      if formUnits.contains(where: { EditDistance.between($0, termUnits) <= distance }) {
        return true
      }
    }
    return false
  }
}
