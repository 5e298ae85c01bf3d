import Foundation
import ProgressStore
import StudyCore
import Testing

@testable import Interop

/// The event-log lines: exact form, round trip, what is skipped.
@Suite struct SyncEventCodecTests {
  let review = LoggedReview(
    questionID: "q00000000000000aa", micros: 1_709_283_600_000_001, rating: .hard,
    isCorrect: true, responseMs: 1234, mode: .exam, isScheduled: false, studyDay: 19783,
    answer: "S3/\"Glacier\"", fuzz: nil, stateBefore: 2, retrievabilityBefore: 0.75,
    nearMiss: .countedRight, origin: ReviewOrigin(device: "d1", sequence: 7))

  @Test func anAnswerIsOneSortedJSONLine() throws {
    let line = String(decoding: try SyncEventCodec.encode(.review(review)), as: UTF8.self)
    #expect(
      line == """
        {"answer":"S3/\\"Glacier\\"","correct":true,"day":19783,"device":"d1","mode":"exam",\
        "ms":1234,"nearMiss":"countedRight","question":"q00000000000000aa","rating":2,\
        "recallBefore":0.75,"scheduled":false,"sequence":7,"stateBefore":2,\
        "time":1709283600000001}

        """)
  }

  @Test func linesReadBackAsWrittenWithTheirParameters() throws {
    var scheduled = review
    scheduled.isScheduled = true
    scheduled.parameters = .default
    scheduled.fuzz = 0.25
    let key = try SyncEventCodec.key(.default)
    var parameters: [String: SchedulerParameters] = [:]
    let definition = try SyncEventCodec.encode(.parameters(key: key, .default)).dropLast()
    #expect(SyncEventCodec.decode(definition, parameters: &parameters) != nil)
    let line = try SyncEventCodec.encode(.review(scheduled)).dropLast()
    #expect(SyncEventCodec.decode(line, parameters: &parameters) == .review(scheduled))
  }

  @Test func aLineNamingUnknownParametersOrABadDeviceIsSkipped() throws {
    var scheduled = review
    scheduled.parameters = .default
    var none: [String: SchedulerParameters] = [:]
    let line = try SyncEventCodec.encode(.review(scheduled)).dropLast()
    #expect(SyncEventCodec.decode(line, parameters: &none) == nil)
    let bad = Data(#"{"device":"../x","sequence":1,"question":"q","rating":3}"#.utf8)
    #expect(SyncEventCodec.decode(bad, parameters: &none) == nil)
    #expect(SyncEventCodec.decode(Data("not json".utf8), parameters: &none) == nil)
  }

  @Test func aCutShortLastLineIsNotReadAndTheNextAppendReplacesIt() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-codec-\(UUID().uuidString).jsonl")
    defer { try? FileManager.default.removeItem(at: url) }
    var whole = try SyncEventCodec.encode(.review(review))
    var second = review
    second.origin = ReviewOrigin(device: "d1", sequence: 8)
    let next = try SyncEventCodec.encode(.review(second))
    whole.append(next.prefix(20))
    try whole.write(to: url)
    var parameters: [String: SchedulerParameters] = [:]
    let file = try SyncEventFile.read(url, parameters: &parameters)
    #expect(file.reviews == [review])
    #expect(file.hasPartialTail)
    #expect(file.highestSequence(of: "d1") == 7)
    try file.append([.review(second)])
    let repaired = try SyncEventFile.read(url, parameters: &parameters)
    #expect(repaired.reviews == [review, second])
    #expect(!repaired.hasPartialTail)
  }
}
