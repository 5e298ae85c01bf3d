import Foundation
import Testing

@testable import StudyCore

/// Reading and writing the ISO-8601 timestamps the replay command uses.
@Suite struct SchedulerTimestampTests {
  @Test(arguments: [
    ("1970-01-01T00:00:00Z", Int64(0)),
    ("2024-02-29T23:59:59Z", 1_709_251_199_000_000),
    ("2024-03-01T09:00:00.5Z", 1_709_283_600_500_000),
    ("2024-03-01T09:00:00.000001Z", 1_709_283_600_000_001),
    ("2024-03-01T18:00:00+09:00", 1_709_283_600_000_000),
    ("2024-03-01T04:30:00-04:30", 1_709_283_600_000_000),
    ("1969-12-31T23:59:59Z", -1_000_000),
  ])
  func timestampsAreRead(text: String, micros: Int64) throws {
    let date = try #require(UTCTimestamp.parse(text))
    #expect(UTCTimestamp.unixMicros(date) == micros)
  }

  @Test(arguments: [
    "2024-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z",
    "2024-01-01T24:00:00Z", "2024-01-01T00:60:00Z", "2024-01-01T00:00:00",
    "2024-01-01 00:00:00Z", "2024-01-01T00:00:00.Z", "2024-01-01T00:00:00.1234567Z",
    "2024-1-01T00:00:00Z", "yesterday", "",
  ])
  func malformedTimestampsAreRefused(text: String) {
    #expect(UTCTimestamp.parse(text) == nil)
  }

  @Test func timestampsAreWrittenInUTC() throws {
    #expect(UTCTimestamp.format(try instant("2024-03-01T18:00:00+09:00")) == "2024-03-01T09:00:00Z")
    #expect(
      UTCTimestamp.format(try instant("2024-03-01T09:01:30.5Z")) == "2024-03-01T09:01:30.500000Z")
    #expect(
      UTCTimestamp.format(try instant("2199-12-31T23:59:59.999999Z"))
        == "2199-12-31T23:59:59.999999Z")
  }
}
