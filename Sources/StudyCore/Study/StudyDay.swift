import Foundation

/// One study day: from the day-start hour (4 am by default) of a local date to the same hour of
/// the next, in a given time zone. Reviews after midnight but before 4 am count for the evening
/// before, as a learner thinks of them.
public struct StudyDay: Sendable, Equatable, Hashable, Codable {
  /// The local date the day is named after, as days since 1970-01-01.
  public var number: Int
  /// When the day begins.
  public var start: Date
  /// When the next day begins.
  public var end: Date

  /// The study day that contains `now` in `timeZone`, with days starting at `startHour` (0-23).
  public init(containing now: Date, timeZone: TimeZone, startHour: Int) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let local = calendar.dateComponents([.year, .month, .day], from: now)
    var start = Self.start(of: local, hour: startHour, calendar: calendar)
    if start > now {
      // Before today's start hour: still yesterday's study day.
      let yesterday = calendar.date(byAdding: .day, value: -1, to: start) ?? start
      let components = calendar.dateComponents([.year, .month, .day], from: yesterday)
      start = Self.start(of: components, hour: startHour, calendar: calendar)
    }
    let named = calendar.dateComponents([.year, .month, .day], from: start)
    let next = calendar.date(byAdding: .day, value: 1, to: start) ?? start
    let nextComponents = calendar.dateComponents([.year, .month, .day], from: next)
    self.number = Self.dayNumber(named)
    self.start = start
    self.end = Self.start(of: nextComponents, hour: startHour, calendar: calendar)
  }

  /// A day from its parts.
  public init(number: Int, start: Date, end: Date) {
    self.number = number
    self.start = start
    self.end = end
  }

  /// The date as `YYYY-MM-DD`.
  public var name: String { Self.name(ofDay: number) }

  /// `YYYY-MM-DD` for a day number (days since 1970-01-01).
  public static func name(ofDay number: Int) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let date = Date(timeIntervalSince1970: Double(number) * 86_400)
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    let year = parts.year ?? 1970
    let month = parts.month ?? 1
    let day = parts.day ?? 1
    return String(format: "%04d-%02d-%02d", year, month, day)
  }

  /// The first instant at `hour` on a local date; when a clock change skips that hour, the first
  /// instant after the gap.
  private static func start(of date: DateComponents, hour: Int, calendar: Calendar) -> Date {
    var parts = date
    parts.hour = hour
    parts.minute = 0
    parts.second = 0
    return calendar.nextDate(
      after: calendar.date(from: date).map { $0.addingTimeInterval(-1) } ?? Date.distantPast,
      matching: DateComponents(hour: hour, minute: 0, second: 0),
      matchingPolicy: .nextTime) ?? calendar.date(from: parts) ?? Date.distantPast
  }

  private static func dayNumber(_ date: DateComponents) -> Int {
    var utc = Calendar(identifier: .gregorian)
    utc.timeZone = TimeZone(identifier: "UTC") ?? utc.timeZone
    let midnight = utc.date(from: DateComponents(year: date.year, month: date.month, day: date.day))
    return Int(((midnight?.timeIntervalSince1970 ?? 0) / 86_400).rounded(.down))
  }
}
