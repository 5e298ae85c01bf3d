/// The mastery model: a pure function from per-question evidence to a score per group, the
/// one source of every mastery figure (Home, Stats, Weak topics, Checklists, the report).
///
/// For a group of `n` questions, `s` of them studied (with a schedule, or answered outside an
/// exam):
/// - **recall** = mean retrievability now over the scheduled questions (1 when the studied
///   ones have answers but no schedule);
/// - **answers** weigh 1 in drills and reviews, ``examWeight`` in a mock exam and ``skipWeight``
///   for an exam question left blank (counted wrong);
/// - **wrong rate** = weighted wrong / (weighted answers + 1): one imagined right answer, so a
///   single wrong answer weighs less than repeated ones;
/// - **lapse rate** = lapses / s;
/// - **coverage** = s / n, the share studied;
/// - **mastery** = recall × (1 − wrong rate / 2) / (1 + lapse rate) × (3 + coverage) / 4,
///   and 0 when nothing was studied (exam answers alone never make a group studied).
///
/// Ranking puts the weakest first among groups the learner has studied, then groups known only
/// from exams (most wrong first), then groups never met: "weak" means studied and not held.
public enum MasteryModel {
  /// The weight of one mock-exam answer against a drill answer.
  public static let examWeight = 0.5
  /// The weight of one exam question left blank (as a wrong answer).
  public static let skipWeight = 0.25

  /// The score of one group from the evidence of its questions.
  public static func score(
    key: String, name: String, document: String = "", evidence: [QuestionEvidence]
  ) -> MasteryScore {
    let scheduled = evidence.compactMap(\.retrievability)
    let studied = evidence.filter(\.isStudied).count
    let lapses = evidence.reduce(0) { $0 + $1.lapses }
    let answers = evidence.reduce(0) { $0 + $1.recentAnswers }
    let wrong = evidence.reduce(0) { $0 + $1.recentWrong }
    let examAnswers = evidence.reduce(0) { $0 + $1.examAnswers }
    let examWrong = evidence.reduce(0) { $0 + $1.examWrong }
    let skips = evidence.reduce(0) { $0 + $1.examSkips }
    let weighted =
      Double(answers) + examWeight * Double(examAnswers) + skipWeight * Double(skips)
    let weightedWrong =
      Double(wrong) + examWeight * Double(examWrong) + skipWeight * Double(skips)
    let meanRetrievability =
      scheduled.isEmpty ? nil : scheduled.reduce(0, +) / Double(scheduled.count)
    var mastery = 0.0
    if studied > 0 {
      let recall = meanRetrievability ?? 1
      let wrongRate = weightedWrong / (weighted + 1)
      let lapseRate = Double(lapses) / Double(studied)
      let coverage = Double(studied) / Double(evidence.count)
      mastery = recall * (1 - wrongRate / 2) / (1 + lapseRate) * (3 + coverage) / 4
    }
    var score = MasteryScore(
      key: key, name: name, document: document, questions: evidence.count, studied: studied,
      meanRetrievability: meanRetrievability, lapses: lapses, recentAnswers: answers,
      recentWrong: wrong, mastery: mastery)
    score.examAnswers = examAnswers
    score.examWrong = examWrong
    score.examSkips = skips
    return score
  }

  /// The weakness of one question, for ordering a review: its own mastery, with never-studied
  /// questions after every studied one.
  /// Known only from exams, after every studied one and before those never met (1 to 2, the
  /// more wrong the earlier).
  public static func questionScore(_ evidence: QuestionEvidence) -> Double {
    if evidence.isStudied { return score(key: "", name: "", evidence: [evidence]).mastery }
    guard evidence.hasExamEvidence else { return 3 }
    return 1 + score(key: "", name: "", evidence: [evidence]).examRightShare
  }

  /// Groups ranked weakest first: those with any studied question by mastery (then name), then
  /// those known only from exams by their weighted right share, then those never met, in their
  /// given order.
  public static func ranked(_ scores: [MasteryScore]) -> [MasteryScore] {
    let started = scores.filter { $0.studied > 0 }
      .sorted { ($0.mastery, $0.name, $0.key) < ($1.mastery, $1.name, $1.key) }
    let examined = scores.filter { $0.studied == 0 && $0.examAnswers + $0.examSkips > 0 }
      .sorted {
        ($0.examRightShare, $0.name, $0.key) < ($1.examRightShare, $1.name, $1.key)
      }
    return started + examined
      + scores.filter { $0.studied == 0 && $0.examAnswers + $0.examSkips == 0 }
  }
}
