import Foundation

/// One review read from a replay line: `{"card": "...", "rating": 1-4, "time": "...", "fuzz": u}`.
public struct ReplayInput: Sendable, Equatable {
  /// Whatever identifies the card; reviews with the same id are of the same card.
  public var card: String
  /// The rating given.
  public var rating: Rating
  /// When the review happened, in microseconds since 1970-01-01T00:00:00Z (exact at any date).
  public var micros: Int64
  /// When the review happened.
  public var time: Date {
    get { UTCTimestamp.date(unixMicros: micros) }
    set { micros = UTCTimestamp.unixMicros(newValue) }
  }
  /// The uniform draw in [0, 1) for fuzz, or `nil` for no fuzz.
  public var fuzz: Double?

  /// A review with every field given.
  public init(card: String, rating: Rating, time: Date, fuzz: Double?) {
    self.init(card: card, rating: rating, micros: UTCTimestamp.unixMicros(time), fuzz: fuzz)
  }

  /// A review at `micros` microseconds since 1970.
  public init(card: String, rating: Rating, micros: Int64, fuzz: Double?) {
    self.card = card
    self.rating = rating
    self.micros = micros
    self.fuzz = fuzz
  }

  /// Reads one JSON line.
  ///
  /// - Throws: ``ReplayLineError`` saying which field is missing or wrong.
  public static func parse(_ line: String) throws(ReplayLineError) -> ReplayInput {
    let raw: RawLine
    do {
      raw = try JSONDecoder().decode(RawLine.self, from: Data(line.utf8))
    } catch let error as DecodingError {
      throw ReplayLineError(decoding: error)
    } catch {
      throw .notJSON
    }
    // Read as a number and checked here: Foundation reports a fraction given for an `Int` as
    // invalid JSON without naming the field.
    guard let whole = Int(exactly: raw.rating) else { throw .wrongType(field: "rating") }
    guard let rating = Rating(rawValue: whole) else { throw .ratingOutOfRange(whole) }
    guard let micros = UTCTimestamp.parseMicros(raw.time) else { throw .badTime(raw.time) }
    return ReplayInput(card: raw.card, rating: rating, micros: micros, fuzz: raw.fuzz)
  }

  private struct RawLine: Decodable {
    var card: String
    var rating: Double
    var time: String
    var fuzz: Double?
  }
}

/// Why one replay line could not be used, worded for the person who wrote the input.
public enum ReplayLineError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The line is not a JSON object.
  case notJSON
  /// A required field is absent or null.
  case missingField(String)
  /// A field has the wrong type.
  case wrongType(field: String)
  /// The rating is a whole number outside 1 to 4.
  case ratingOutOfRange(Int)
  /// The time is not an ISO-8601 timestamp.
  case badTime(String)
  /// The scheduler refused the review (time before the card's last review, bad fuzz draw).
  case refused(SchedulerError)

  /// The message for the user.
  public var description: String {
    switch self {
    case .notJSON:
      "not a JSON object; expected {\"card\": \"id\", \"rating\": 1-4, \"time\": \"ISO-8601\"}"
    case .missingField(let field):
      "missing \"\(field)\""
    case .wrongType(let field):
      "\"\(field)\" must be \(Self.expectation(for: field))"
    case .ratingOutOfRange(let rating):
      "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), got \(rating)"
    case .badTime(let text):
      "time \"\(text)\" is not an ISO-8601 timestamp such as 2024-03-01T09:30:00Z"
    case .refused(let error):
      error.description
    }
  }

  private static func expectation(for field: String) -> String {
    switch field {
    case "card": "a string"
    case "rating": "a whole number from 1 to 4"
    case "time": "an ISO-8601 timestamp string such as 2024-03-01T09:30:00Z"
    case "fuzz": "a number at least 0 and below 1"
    default: "of another type"
    }
  }

  init(decoding error: DecodingError) {
    switch error {
    case .keyNotFound(let key, _):
      self = .missingField(key.stringValue)
    case .valueNotFound(_, let context):
      self = context.codingPath.first.map { .missingField($0.stringValue) } ?? .notJSON
    case .typeMismatch(_, let context), .dataCorrupted(let context):
      self = context.codingPath.first.map { .wrongType(field: $0.stringValue) } ?? .notJSON
    @unknown default:
      self = .notJSON
    }
  }
}
