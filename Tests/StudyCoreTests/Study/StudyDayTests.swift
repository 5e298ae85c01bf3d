import Foundation
import StudyCore
import Testing

@Suite struct StudyDayTests {
  @Test func aDayStartsAtFourInTheMorningLocalTime() throws {
    let seoul = try zone("Asia/Seoul")
    let day = StudyDay(
      containing: try instant("2024-03-01T10:00:00+09:00"), timeZone: seoul, startHour: 4)
    #expect(day.name == "2024-03-01")
    #expect(day.start == (try instant("2024-03-01T04:00:00+09:00")))
    #expect(day.end == (try instant("2024-03-02T04:00:00+09:00")))
  }

  @Test func beforeTheStartHourIsStillYesterday() throws {
    let seoul = try zone("Asia/Seoul")
    let late = StudyDay(
      containing: try instant("2024-03-02T03:59:59+09:00"), timeZone: seoul, startHour: 4)
    let early = StudyDay(
      containing: try instant("2024-03-02T04:00:00+09:00"), timeZone: seoul, startHour: 4)
    #expect(late.name == "2024-03-01")
    #expect(early.name == "2024-03-02")
    #expect(late.end == early.start)
    #expect(early.number == late.number + 1)
  }

  @Test func theSameInstantIsADifferentDayInAnotherZone() throws {
    let now = try instant("2024-03-01T20:00:00Z")
    let seoul = StudyDay(containing: now, timeZone: try zone("Asia/Seoul"), startHour: 4)
    let newYork = StudyDay(containing: now, timeZone: try zone("America/New_York"), startHour: 4)
    #expect(seoul.name == "2024-03-02")  // 05:00 on the 2nd in Seoul
    #expect(newYork.name == "2024-03-01")  // 15:00 on the 1st in New York
  }

  @Test func midnightStartAndLateStartHours() throws {
    let now = try instant("2024-03-01T00:30:00Z")
    #expect(StudyDay(containing: now, timeZone: utc, startHour: 0).name == "2024-03-01")
    #expect(StudyDay(containing: now, timeZone: utc, startHour: 1).name == "2024-02-29")
    let evening = try instant("2024-03-01T22:59:00Z")
    #expect(StudyDay(containing: evening, timeZone: utc, startHour: 23).name == "2024-02-29")
  }

  @Test func aDaylightSavingDayIsTwentyThreeHoursLong() throws {
    let newYork = try zone("America/New_York")
    // Clocks went forward at 2 am on 2024-03-10.
    let day = StudyDay(
      containing: try instant("2024-03-10T12:00:00-04:00"), timeZone: newYork, startHour: 4)
    #expect(day.name == "2024-03-10")
    #expect(day.end.timeIntervalSince(day.start) == 24 * 3600)
    let spanning = StudyDay(
      containing: try instant("2024-03-10T01:00:00-05:00"), timeZone: newYork, startHour: 4)
    #expect(spanning.name == "2024-03-09")
    #expect(spanning.end.timeIntervalSince(spanning.start) == 23 * 3600)
  }

  @Test func dayNumbersNameTheirDates() {
    #expect(StudyDay.name(ofDay: 0) == "1970-01-01")
    #expect(StudyDay.name(ofDay: 19_783) == "2024-03-01")
  }
}

/// The time zone named `identifier`, or a recorded issue when this machine lacks it.
private func zone(_ identifier: String, sourceLocation: SourceLocation = #_sourceLocation) throws
  -> TimeZone
{
  try #require(TimeZone(identifier: identifier), sourceLocation: sourceLocation)
}

/// Coordinated Universal Time.
private let utc = TimeZone(secondsFromGMT: 0) ?? .current
