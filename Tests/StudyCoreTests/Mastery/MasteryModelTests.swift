import NoteOutline
import StudyCore
import Testing

/// The mastery model's numbers and the ranking it gives, from synthetic evidence.
@Suite("Mastery model")
struct MasteryModelTests {
  @Test("a group's score is recall × wrong-rate × lapse-rate × coverage factors, exactly")
  func scoreFormula() {
    let score = MasteryModel.score(
      key: "k", name: "Topic",
      evidence: [
        QuestionEvidence(
          questionID: "a", retrievability: 0.9, lapses: 1, recentAnswers: 4, recentWrong: 2),
        .unstudied("b"),
      ])
    // recall 0.9, wrong rate 2 / (4 + 1), lapse rate 1/1, coverage 1/2:
    // 0.9 × 0.8 / 2 × 3.5 / 4 = 0.315
    #expect(abs(score.mastery - 0.315) < 1e-12)
    #expect(score.studied == 1)
    #expect(score.questions == 2)
    #expect(score.unstudiedShare == 0.5)
    #expect(score.meanRetrievability == 0.9)
    #expect(score.recentWrong == 2)
    #expect(score.recentAnswers == 4)
    #expect(score.lapses == 1)
  }

  @Test("nothing studied scores 0; answers without a schedule count with recall 1")
  func edges() {
    #expect(MasteryModel.score(key: "", name: "", evidence: [.unstudied("a")]).mastery == 0)
    let unscheduled = QuestionEvidence(
      questionID: "a", retrievability: nil, recentAnswers: 2, recentWrong: 1)
    let score = MasteryModel.score(key: "", name: "", evidence: [unscheduled])
    #expect(score.studied == 1)
    #expect(score.meanRetrievability == nil)
    // Wrong rate 1 / (2 + 1).
    #expect(abs(score.mastery - 5.0 / 6.0) < 1e-12)
  }

  @Test("exam answers and skips are weighted evidence, never studied on their own")
  func examEvidence() {
    var exam = QuestionEvidence.unstudied("a")
    exam.examAnswers = 3
    exam.examWrong = 0
    let examOnly = MasteryModel.score(key: "e", name: "Exam only", evidence: [exam])
    #expect(examOnly.studied == 0)
    #expect(examOnly.mastery == 0)
    // Three right exam answers: 1.5 / (1.5 + 0.5).
    #expect(abs(examOnly.examRightShare - 0.75) < 1e-12)
    // Studied with a wrong exam answer: the exam weighs half a drill answer.
    var drilled = QuestionEvidence(questionID: "b", retrievability: 0.9, recentAnswers: 1)
    drilled.examAnswers = 1
    drilled.examWrong = 1
    let mixed = MasteryModel.score(key: "m", name: "Mixed", evidence: [drilled])
    // Wrong rate 0.5 / (1.5 + 1) = 0.2: 0.9 × 0.9 = 0.81.
    #expect(abs(mixed.mastery - 0.81) < 1e-12)
  }

  @Test("one skipped or wrong exam answer never ranks above topics failed in drills")
  func aSingleAnswerNeverOutranksRepeatedFailures() {
    var skipped = QuestionEvidence.unstudied("s")
    skipped.examSkips = 1
    var wrongOnce = QuestionEvidence.unstudied("w")
    wrongOnce.examAnswers = 1
    wrongOnce.examWrong = 1
    let failed = QuestionEvidence(
      questionID: "f", retrievability: 0.7, lapses: 2, recentAnswers: 5, recentWrong: 4)
    let once = QuestionEvidence(
      questionID: "o", retrievability: 0.95, recentAnswers: 1, recentWrong: 1)
    let scores = [
      MasteryModel.score(key: "1", name: "Skipped in an exam", evidence: [skipped]),
      MasteryModel.score(key: "2", name: "Wrong once in an exam", evidence: [wrongOnce]),
      MasteryModel.score(key: "3", name: "Wrong once in a drill", evidence: [once]),
      MasteryModel.score(key: "4", name: "Failed again and again", evidence: [failed]),
      MasteryModel.score(key: "5", name: "Never met", evidence: [.unstudied("n")]),
    ]
    #expect(
      MasteryModel.ranked(scores).map(\.name) == [
        "Failed again and again", "Wrong once in a drill", "Skipped in an exam",
        "Wrong once in an exam", "Never met",
      ])
    #expect(MasteryModel.questionScore(failed) < MasteryModel.questionScore(once))
    #expect(MasteryModel.questionScore(once) < MasteryModel.questionScore(skipped))
    #expect(MasteryModel.questionScore(skipped) < MasteryModel.questionScore(.unstudied("n")))
  }

  @Test(
    "ranking from a synthetic history: wrong answers, then lapses, then unfinished, then untouched")
  func ranking() {
    let questions = [
      Self.question(1, topic: "Strong"), Self.question(2, topic: "Strong"),
      Self.question(3, topic: "Wrong"), Self.question(4, topic: "Wrong"),
      Self.question(5, topic: "Lapsed"), Self.question(6, topic: "Half"),
      Self.question(7, topic: "Half"), Self.question(8, topic: "Untouched"),
      Self.question(9, topic: "Untouched"),
    ]
    let evidence: [String: QuestionEvidence] = [
      "q1": QuestionEvidence(questionID: "q1", retrievability: 0.95, recentAnswers: 3),
      "q2": QuestionEvidence(questionID: "q2", retrievability: 0.97, recentAnswers: 2),
      "q3": QuestionEvidence(
        questionID: "q3", retrievability: 0.9, lapses: 1, recentAnswers: 3, recentWrong: 2),
      "q4": QuestionEvidence(
        questionID: "q4", retrievability: 0.8, recentAnswers: 2, recentWrong: 2),
      "q5": QuestionEvidence(questionID: "q5", retrievability: 0.92, lapses: 2, recentAnswers: 1),
      "q6": QuestionEvidence(questionID: "q6", retrievability: 0.99, recentAnswers: 1),
    ]
    let index = StudyIndex(
      questions: questions, graph: ConceptGraph.build([]), aliases: AliasTable())
    let ranked = WeakTopics(index: index, evidence: evidence).topics()
    #expect(ranked.map(\.name) == ["Lapsed", "Wrong", "Half", "Strong", "Untouched"])
    #expect(ranked.last?.studied == 0)
    #expect(ranked.map(\.document) == Array(repeating: "notes", count: 5))
  }

  @Test("a question's review weight: studied weakest first, never studied last")
  func questionOrder() {
    let weak = QuestionEvidence(
      questionID: "a", retrievability: 0.6, recentAnswers: 2, recentWrong: 2)
    let strong = QuestionEvidence(questionID: "b", retrievability: 0.99, recentAnswers: 1)
    #expect(MasteryModel.questionScore(weak) < MasteryModel.questionScore(strong))
    #expect(MasteryModel.questionScore(strong) < MasteryModel.questionScore(.unstudied("c")))
  }

  static func question(_ number: Int, topic: String, terms: [String] = [], heading: String? = nil)
    -> Question
  {
    Question(
      id: "q\(number)", kind: .termToDefinition, format: .singleChoice,
      prompt: "Question \(number)?", keys: ["key"], options: ["key", "other"],
      explanation: "Fact \(number).",
      source: SourceReference(
        document: "notes", path: "notes.md", line: number, headingPath: [heading ?? topic]),
      topic: topic, terms: terms, siblingGroup: "g\(number)", language: .korean, order: number)
  }
}
