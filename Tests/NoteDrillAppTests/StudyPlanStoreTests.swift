import Foundation
import ProgressStore
import StudyCore
import Testing

@testable import NoteDrillApp

/// Weak topics and checklists over a real store and a note on disk.
@Suite("Study plan over the store")
struct StudyPlanStoreTests {
  static let day = 86_400.0

  @Test("ranking from a synthetic review history: the topic answered wrongly comes first")
  func rankingFromHistory() throws {
    let fixture = try StudyPlanFixture(at: Fixtures.start)
    defer { fixture.remove() }
    // Day 0: Route 53 questions wrong, CloudFront right; S3 never studied.
    for (offset, question) in fixture.questions(under: "Route 53").enumerated() {
      try fixture.database.recordAnswer(
        Answer(questionID: question.id, rating: .again, isCorrect: false),
        at: Fixtures.at(Double(offset)), timeZone: StudyPlanFixture.utc)
    }
    for (offset, question) in fixture.questions(under: "CloudFront").enumerated() {
      try fixture.database.recordAnswer(
        Answer(questionID: question.id, rating: .good), at: Fixtures.at(100 + Double(offset)),
        timeZone: StudyPlanFixture.utc)
    }
    let weak = try fixture.services.weakTopics(at: Fixtures.at(2 * Self.day))
    let topics = weak.topics()
    #expect(topics.prefix(2).map(\.name) == ["웹 서비스 › Route 53", "웹 서비스 › CloudFront"])
    #expect(topics[0].recentWrong == fixture.questions(under: "Route 53").count)
    #expect(topics[1].recentWrong == 0)
    #expect(topics[0].mastery < topics[1].mastery)
    #expect(topics.dropFirst(2).allSatisfy { $0.studied == 0 })
    #expect(topics.contains { $0.name == "웹 서비스 › S3" })
    let concepts = weak.concepts()
    #expect(concepts.first?.name == "Route 53")
  }

  @Test("a review session over the weakest topic is logged as review, with its neighbours")
  func reviewIsLoggedAsReview() throws {
    let fixture = try StudyPlanFixture(at: Fixtures.start)
    defer { fixture.remove() }
    for question in fixture.questions(under: "Route 53") {
      try fixture.database.recordAnswer(
        Answer(questionID: question.id, rating: .again, isCorrect: false), at: Fixtures.start,
        timeZone: StudyPlanFixture.utc)
    }
    let now = Fixtures.at(Self.day)
    let weak = try fixture.services.weakTopics(at: now)
    let topic = try #require(weak.topics().first)
    let questions = weak.review(topic: topic.key, limit: 50)
    #expect(questions.contains { $0.source.headingPath.last == "CloudFront" })
    #expect(!questions.contains { $0.source.headingPath.last == "S3" })
    var session = try fixture.services.session(over: questions, mode: .review, at: now)
    #expect(session.mode == .review)
    let first = try #require(session.current)
    #expect(first.reason == .review)
    #expect(session.items.contains { $0.reason == .new })
    _ = session.submit(.choices([first.question.keyIndices.first ?? 0]), at: now)
    let effects = session.next(at: now)
    guard case .saveAnswer(let answer) = effects.first else {
      Issue.record("no answer saved: \(effects)")
      return
    }
    #expect(answer.mode == .review)
    #expect(answer.affectsSchedule)
    try fixture.database.recordAnswer(answer, at: now, timeZone: StudyPlanFixture.utc)
    let log = try fixture.database.reviewLog(questionID: first.question.id)
    #expect(log.last?.mode == "review")
    #expect(log.last?.isScheduled == true)
  }

  @Test("toggling without write-back never touches the note; the state survives a restart")
  func toggleKeepsNote() throws {
    let fixture = try StudyPlanFixture(at: Fixtures.start)
    defer { fixture.remove() }
    let before = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
    let entries = try fixture.services.checklistEntries(at: Fixtures.start)
    #expect(entries.map(\.item.text) == ["Route 53 라우팅 정책 이해", "CloudFront 캐시 설정", "S3 버킷 만들기"])
    #expect(entries.map(\.isChecked) == [false, false, true])
    try fixture.services.setChecklist(
      entries[0], checked: true, writeBack: false, at: Fixtures.at(1))
    try fixture.services.setChecklist(
      entries[2], checked: false, writeBack: false, at: Fixtures.at(2))
    #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.path)) == before)
    let again = try fixture.reopened(at: Fixtures.at(3)).checklistEntries(at: Fixtures.at(3))
    #expect(again.map(\.isChecked) == [true, false, false])
    let rows = try fixture.database.checklistItems()
    #expect(rows.map(\.id).sorted() == [entries[0].item.id, entries[2].item.id].sorted())
    #expect(rows.allSatisfy { $0.path == fixture.path && $0.document == "web" })
  }

  @Test("write-back ticks the box in the note: one byte changes, atomically, no stray files")
  func writeBack() throws {
    let fixture = try StudyPlanFixture(at: Fixtures.start)
    defer { fixture.remove() }
    let url = URL(fileURLWithPath: fixture.path)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: fixture.path)
    let before = [UInt8](try Data(contentsOf: url))
    let entry = try #require(try fixture.services.checklistEntries(at: Fixtures.start).first)
    try fixture.services.setChecklist(entry, checked: true, writeBack: true, at: Fixtures.at(1))
    let after = [UInt8](try Data(contentsOf: url))
    #expect(after.count == before.count)
    let changed = zip(before, after).enumerated().filter { $0.element.0 != $0.element.1 }
    #expect(changed.map(\.offset).count == 1)
    #expect(String(decoding: after, as: UTF8.self).contains("- [x] Route 53 라우팅 정책 이해"))
    let attributes = try FileManager.default.attributesOfItem(atPath: fixture.path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
    let names = try FileManager.default.contentsOfDirectory(atPath: fixture.directory.path)
    #expect(!names.contains { $0.contains("notedrill-") })
    #expect(try fixture.services.checklistEntries(at: Fixtures.at(2)).first?.isChecked == true)
  }

  @Test("write-back through a symbolic link ticks the note it points to and keeps the link")
  func writeBackThroughLink() throws {
    let fixture = try StudyPlanFixture(at: Fixtures.start)
    defer { fixture.remove() }
    let target = fixture.directory.appendingPathComponent("real.md")
    try FileManager.default.moveItem(atPath: fixture.path, toPath: target.path)
    try FileManager.default.createSymbolicLink(
      atPath: fixture.path, withDestinationPath: target.path)
    let entry = try #require(try fixture.services.checklistEntries(at: Fixtures.start).first)
    try fixture.services.setChecklist(entry, checked: true, writeBack: true, at: Fixtures.at(1))
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: fixture.path) == target.path)
    #expect(
      try String(contentsOf: target, encoding: .utf8)
        == StudyPlanFixture.note.replacingOccurrences(of: "- [ ] Route 53", with: "- [x] Route 53"))
  }

  @Test("write-back is refused when the note changed since it was listed; nothing is changed")
  func writeBackRefused() throws {
    let fixture = try StudyPlanFixture(at: Fixtures.start)
    defer { fixture.remove() }
    let entry = try #require(try fixture.services.checklistEntries(at: Fixtures.start).first)
    let edited = StudyPlanFixture.note.replacingOccurrences(
      of: "## 체크리스트\n", with: "## 체크리스트\n\n새 줄\n")
    try Data(edited.utf8).write(to: URL(fileURLWithPath: fixture.path))
    #expect(throws: ChecklistEditError.self) {
      try fixture.services.setChecklist(entry, checked: true, writeBack: true, at: Fixtures.at(1))
    }
    #expect(try String(contentsOfFile: fixture.path, encoding: .utf8) == edited)
    #expect(try fixture.database.checklistItems().isEmpty)
  }

  @Test("an item's coverage names its concepts and their questions")
  func coverage() throws {
    let fixture = try StudyPlanFixture(at: Fixtures.start)
    defer { fixture.remove() }
    let entries = try fixture.services.checklistEntries(at: Fixtures.start)
    #expect(
      entries.map { $0.coverage.concepts.map(\.name) } == [
        ["Route 53", "라우팅 정책"], ["CloudFront"], ["S3", "버킷"],
      ])
    let route = entries[0].coverage.questions
    #expect(!route.isEmpty)
    #expect(
      route.allSatisfy { $0.source.headingPath.last == "Route 53" || $0.terms.contains("Route 53") }
    )
  }
}
