/// The mastery model: a pure function from per-question evidence to a score per group.
///
/// For a group of `n` questions, `s` of them studied (scheduled, or answered in an exam):
/// - **recall** = mean retrievability now over the scheduled questions (1 when the only
///   evidence is exam answers);
/// - **wrong rate** = recent wrong answers / recent answers (0 without recent answers);
/// - **lapse rate** = lapses / s;
/// - **coverage** = s / n, the share ever studied;
/// - **mastery** = recall × (1 − wrong rate / 2) / (1 + lapse rate) × (3 + coverage) / 4,
///   and 0 when nothing was studied.
///
/// Evidence of forgetting weighs most; what was never studied lowers mastery by at most a
/// quarter, so a topic answered wrongly ranks below one merely unfinished. Ranking puts the
/// weakest first among groups the learner has started, then groups never started (in the
/// order given): "weak" means studied and not held, not merely unread.
public enum MasteryModel {
  /// The score of one group from the evidence of its questions.
  public static func score(
    key: String, name: String, document: String = "", evidence: [QuestionEvidence]
  ) -> MasteryScore {
    let scheduled = evidence.compactMap(\.retrievability)
    let studied = evidence.filter(\.isStudied).count
    let lapses = evidence.reduce(0) { $0 + $1.lapses }
    let answers = evidence.reduce(0) { $0 + $1.recentAnswers }
    let wrong = evidence.reduce(0) { $0 + $1.recentWrong }
    let meanRetrievability =
      scheduled.isEmpty ? nil : scheduled.reduce(0, +) / Double(scheduled.count)
    var mastery = 0.0
    if studied > 0 {
      let recall = meanRetrievability ?? 1
      let wrongRate = answers == 0 ? 0 : Double(wrong) / Double(answers)
      let lapseRate = Double(lapses) / Double(studied)
      let coverage = Double(studied) / Double(evidence.count)
      mastery = recall * (1 - wrongRate / 2) / (1 + lapseRate) * (3 + coverage) / 4
    }
    return MasteryScore(
      key: key, name: name, document: document, questions: evidence.count, studied: studied,
      meanRetrievability: meanRetrievability, lapses: lapses, recentAnswers: answers,
      recentWrong: wrong, mastery: mastery)
  }

  /// The weakness of one question, for ordering a review: its own mastery, with never-studied
  /// questions after every studied one.
  public static func questionScore(_ evidence: QuestionEvidence) -> Double {
    guard evidence.isStudied else { return 2 }
    return score(key: "", name: "", evidence: [evidence]).mastery
  }

  /// Groups ranked weakest first: those with any studied question by mastery (then name), then
  /// those never started, in their given order.
  public static func ranked(_ scores: [MasteryScore]) -> [MasteryScore] {
    let started = scores.filter { $0.studied > 0 }
      .sorted { ($0.mastery, $0.name, $0.key) < ($1.mastery, $1.name, $1.key) }
    return started + scores.filter { $0.studied == 0 }
  }
}
