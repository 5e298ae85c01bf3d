import Foundation
import Interop
import ProgressStore
import StudyCore
import Testing

let utc = TimeZone(secondsFromGMT: 0) ?? .current

func date(_ text: String) throws -> Date { try #require(UTCTimestamp.parse(text)) }

func question(_ id: String, format: AnswerFormat, headings: [String] = ["Mini AWS", "Storage"])
  -> Question
{
  Question(
    id: id, kind: format == .typed ? .termRecall : .termToDefinition, format: format,
    prompt: "S3 & <EBS>\n둘 중?", keys: ["S3"], options: format == .typed ? [] : ["EBS", "S3"],
    explanation: "S3는 객체 스토리지",
    source: SourceReference(
      document: "mini", path: "notes/mini.md", line: 9, headingPath: headings),
    topic: headings.joined(separator: " › "), terms: ["S3"], siblingGroup: id, language: .korean)
}

/// The rows an Anki export holds, exactly.
@Suite struct AnkiCollectionPlanTests {
  func input(_ questions: [Question]) throws -> AnkiExportInput {
    AnkiExportInput(
      questions: questions, noteTitles: ["mini": "Mini AWS"], cards: nil, reviews: [],
      parameters: .default, now: try date("2024-03-01T09:00:00Z"), timeZone: utc,
      dayStartHour: 4)
  }

  @Test func choiceAndTypedQuestionsBecomeTheirNoteTypesWithEscapedFields() throws {
    let plan = AnkiCollectionPlan.build(
      try input([question("q1", format: .singleChoice), question("q2", format: .typed)]))
    #expect(plan.notes.map(\.guid) == ["nd-q1", "nd-q2"])
    #expect(plan.notes.map(\.type) == [.choice, .card])
    #expect(
      plan.notes[0].fields == [
        "S3 &amp; &lt;EBS&gt;<br>둘 중?", "<ol><li>EBS</li><li>S3</li></ol>", "S3",
        "S3는 객체 스토리지", "mini.md:9", "q1",
      ])
    #expect(plan.notes[1].fields[1...2] == ["S3", "y"])
    #expect(
      plan.notes[0].tags == ["notedrill", "kind::termToDefinition", "topic::Mini_AWS::Storage"])
    #expect(
      plan.decks.map(\.name) == [
        "NoteDrill", "NoteDrill::Mini AWS", "NoteDrill::Mini AWS::Storage",
      ])
    #expect(plan.cards.map(\.due) == [1, 2])
    #expect(plan.cards.allSatisfy { $0.type == 0 && $0.queue == 0 && $0.data == "{}" })
    #expect(plan.reviews.isEmpty)
  }

  @Test func idsAreStableAcrossExports() throws {
    let one = AnkiCollectionPlan.build(try input([question("q1", format: .flip)]))
    var later = try input([question("q0", format: .typed), question("q1", format: .flip)])
    later.now = try date("2024-05-01T09:00:00Z")
    let two = AnkiCollectionPlan.build(later)
    #expect(one.notes[0].id == two.notes[1].id)
    #expect(one.notes[0].deckID == two.notes[1].deckID)
    #expect(two.modified > one.modified)
  }

  @Test func progressPutsAReviewCardOnItsStudyDayAndLogsEachScheduledAnswer() throws {
    let questions = [question("q1", format: .singleChoice), question("q2", format: .typed)]
    let database = try AppDatabase.inMemory()
    try database.reconcile(with: questions, at: try date("2024-03-01T08:00:00Z"))
    for (time, rating) in [("2024-03-01T09:00:00Z", Rating.good), ("2024-03-01T09:10:00Z", .good)] {
      try database.recordAnswer(
        Answer(questionID: "q1", rating: rating), at: try date(time), timeZone: utc)
    }
    try database.recordAnswer(
      Answer(questionID: "q2", rating: .again), at: try date("2024-03-02T09:00:00Z"),
      timeZone: utc)
    var input = try input(questions)
    input.now = try date("2024-03-05T12:00:00Z")
    input.cards = try database.allCards()
    input.reviews = try database.loggedReviews()
    let plan = AnkiCollectionPlan.build(input)
    let card = try #require(try database.card(questionID: "q1"))
    #expect(card.card.state == .review)
    let creation = StudyDay(
      containing: try date("2024-03-01T09:00:00Z"), timeZone: utc, startHour: 4)
    let dueDay = StudyDay(containing: card.card.due, timeZone: utc, startHour: 4)
    #expect(plan.creation == Int64(creation.start.timeIntervalSince1970))
    #expect(plan.cards[0].type == 2)
    #expect(plan.cards[0].due == Int64(dueDay.number - creation.number))
    #expect(plan.cards[0].reps == 2)
    #expect(plan.cards[0].data.contains("\"s\":"))
    #expect(plan.cards[1].type == 1)
    #expect(plan.cards[1].queue == 1)
    #expect(plan.reviews.map(\.ease) == [3, 3, 1])
    #expect(plan.reviews.map(\.type) == [0, 0, 0])
    #expect(plan.reviews[0].interval == -600)
    #expect(plan.reviews[1].interval > 0)
    #expect(Set(plan.reviews.map(\.id)).count == 3)
  }
}
