import Foundation
import StudyCore
import Testing

@testable import ProgressStore

@Suite struct ImportTests {
  @Test func anImportedHistoryEqualsTheSameAnswersRecordedOneByOne() throws {
    let start = try instant("2024-03-01T22:30:00Z")
    let seoul = try zone("Asia/Seoul")
    let bank = questions(4)
    var random = SeededGenerator(state: 7)
    var history: [ImportedAnswer] = []
    var now = start
    for _ in 0..<60 {
      now = now.addingTimeInterval(Double.random(in: 60...(3 * 86_400), using: &random))
      let question = bank.randomElement(using: &random) ?? bank[0]
      let rating = Rating.allCases.randomElement(using: &random) ?? .good
      let fuzz = Bool.random(using: &random) ? Double.random(in: 0..<1, using: &random) : nil
      history.append(
        ImportedAnswer(
          questionID: question.id, rating: rating, at: now, responseMs: 900, fuzz: fuzz))
    }
    let imported = try makeStore(bank, at: start)
    #expect(try imported.importAnswers(history, timeZone: seoul) == 60)
    let recorded = try makeStore(bank, at: start)
    for answer in history {
      try recorded.recordAnswer(
        Answer(
          questionID: answer.questionID, rating: answer.rating, responseMs: answer.responseMs,
          fuzz: answer.fuzz), at: answer.at, timeZone: seoul)
    }
    for question in bank {
      #expect(try imported.card(questionID: question.id) == recorded.card(questionID: question.id))
    }
    #expect(try imported.reviewLog() == recorded.reviewLog())
    #expect(try imported.dailyCounters() == recorded.dailyCounters())
    #expect(try imported.verifyCache().isConsistent)
  }

  @Test func studyDaysLookedUpByInstantMatchTheCalendar() throws {
    let newYork = try zone("America/New_York")
    var index = StudyDayIndex(timeZone: newYork, startHour: 4)
    var random = SeededGenerator(state: 11)
    let base = try instant("2024-03-01T00:00:00Z")
    for _ in 0..<500 {
      let date = base.addingTimeInterval(Double.random(in: 0..<(60 * 86_400), using: &random))
      #expect(
        index.day(containing: date) == StudyDay(containing: date, timeZone: newYork, startHour: 4))
    }
  }

  @Test func aSiblingGroupChangeInTheNotesMovesTheBurying() throws {
    let start = try instant("2024-03-01T09:00:00Z")
    let store = try makeStore([question(0, group: "A"), question(1, group: "A")], at: start)
    #expect(try store.queueIDs(at: start) == [question(0).id])
    try store.reconcile(with: [question(0, group: "A"), question(1, group: "B")], at: start)
    #expect(try store.queueIDs(at: start) == [question(0).id, question(1).id])
  }
}
