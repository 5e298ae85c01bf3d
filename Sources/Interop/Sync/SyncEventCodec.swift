import Foundation
import ProgressStore
import StudyCore

/// One line of a device's event log: an answer (question id, rating, time, mode, device,
/// sequence and what a replay needs), or the definition of a scheduler parameter set that later
/// answers name by key.
enum SyncLine: Equatable {
  case review(LoggedReview)
  case parameters(key: String, SchedulerParameters)
}

/// The JSON-lines form of the event logs: one JSON object a line, keys sorted, times in
/// microseconds since 1970.
enum SyncEventCodec {
  private struct ReviewLine: Codable {
    var device: String
    var sequence: Int64
    var question: String
    var rating: Int
    var time: Int64
    var mode: String
    var scheduled: Bool
    var correct: Bool
    var ms: Int
    var day: Int?
    var stateBefore: Int?
    var recallBefore: Double?
    var answer: String?
    var fuzz: Double?
    var nearMiss: String?
    var parameters: String?
  }

  private struct ParametersLine: Codable {
    var kind: String
    var key: String
    var value: SchedulerParameters
  }

  private static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  /// The key naming `parameters`: a 64-bit FNV-1a hash of their JSON, in hex.
  static func key(_ parameters: SchedulerParameters) throws -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in try encoder.encode(parameters) {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return "p" + String(hash, radix: 16)
  }

  /// A line for `line`, with its newline.
  static func encode(_ line: SyncLine) throws -> Data {
    var data: Data
    switch line {
    case .parameters(let key, let value):
      data = try encoder.encode(ParametersLine(kind: "parameters", key: key, value: value))
    case .review(let review):
      guard let origin = review.origin else {
        throw EncodingError.invalidValue(
          review, .init(codingPath: [], debugDescription: "an unnamed answer has no line"))
      }
      data = try encoder.encode(
        ReviewLine(
          device: origin.device, sequence: origin.sequence, question: review.questionID,
          rating: review.rating.rawValue, time: review.micros, mode: review.mode.rawValue,
          scheduled: review.isScheduled, correct: review.isCorrect, ms: review.responseMs,
          day: review.studyDay, stateBefore: review.stateBefore,
          recallBefore: review.retrievabilityBefore, answer: review.answer, fuzz: review.fuzz,
          nearMiss: review.nearMiss?.rawValue,
          parameters: try review.parameters.map(key)))
    }
    data.append(0x0A)
    return data
  }

  /// The line in `text` (without its newline), with answers' parameters looked up in
  /// `parameters` (filled as definitions are read); `nil` for a line that is not one of ours
  /// or names parameters not defined before it.
  static func decode(_ text: Data, parameters: inout [String: SchedulerParameters]) -> SyncLine? {
    let decoder = JSONDecoder()
    if let definition = try? decoder.decode(ParametersLine.self, from: text),
      definition.kind == "parameters"
    {
      parameters[definition.key] = definition.value
      return .parameters(key: definition.key, definition.value)
    }
    guard let line = try? decoder.decode(ReviewLine.self, from: text),
      let rating = Rating(rawValue: line.rating), let mode = StudyMode(rawValue: line.mode),
      DeviceIdentity.isValid(line.device), line.sequence >= 1
    else { return nil }
    var used: SchedulerParameters?
    if let key = line.parameters {
      guard let known = parameters[key] else { return nil }
      used = known
    }
    return .review(
      LoggedReview(
        questionID: line.question, micros: line.time, rating: rating, isCorrect: line.correct,
        responseMs: line.ms, mode: mode, isScheduled: line.scheduled, studyDay: line.day,
        answer: line.answer, parameters: used, fuzz: line.fuzz, stateBefore: line.stateBefore,
        retrievabilityBefore: line.recallBefore,
        nearMiss: line.nearMiss.flatMap(NearMissDecision.init(rawValue:)),
        origin: ReviewOrigin(device: line.device, sequence: line.sequence)))
  }
}
