import Foundation

/// Whole days between two instants, counted the way the reference implementation counts them.
///
/// Time is taken to the microsecond (the reference's resolution) and divided into 24-hour
/// periods, rounding down: 23 h 59 min is 0 days. Working in integer microseconds keeps the
/// boundary exact where a floating-point division could land a hair on the wrong side.
public enum ElapsedDays {
  private static let microsecondsPerDay: Int64 = 86_400_000_000

  /// Whole 24-hour periods from `start` to `end`; negative (rounded towards the past) when `end`
  /// comes first.
  public static func between(_ start: Date, _ end: Date) -> Int {
    let seconds = end.timeIntervalSinceReferenceDate - start.timeIntervalSinceReferenceDate
    let micros = (seconds * 1_000_000).rounded(.toNearestOrEven)
    guard micros.magnitude < 9.0e18 else { return micros < 0 ? Int.min / 2 : Int.max / 2 }
    let whole = Int64(micros)
    let (quotient, remainder) = whole.quotientAndRemainder(dividingBy: microsecondsPerDay)
    return Int(remainder < 0 ? quotient - 1 : quotient)
  }

  /// Whole 24-hour periods from `start` to `end`, both in microseconds since 1970; negative
  /// (rounded towards the past) when `end` comes first.
  public static func between(micros start: Int64, micros end: Int64) -> Int {
    let (difference, overflow) = end.subtractingReportingOverflow(start)
    guard !overflow else { return end < start ? Int.min / 2 : Int.max / 2 }
    let (quotient, remainder) = difference.quotientAndRemainder(dividingBy: microsecondsPerDay)
    return Int(remainder < 0 ? quotient - 1 : quotient)
  }
}
