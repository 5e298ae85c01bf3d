import Foundation

/// Reads and writes ISO-8601 timestamps such as `2024-03-01T09:30:00Z`, to the microsecond.
///
/// Written by hand rather than with a date formatter so that parsing and printing are exact,
/// identical on every platform, and fast. Output is always UTC with a `Z`; microseconds are
/// printed (six digits) only when they are not zero.
public enum UTCTimestamp {
  private static let microsPerSecond: Int64 = 1_000_000
  private static let microsPerDay: Int64 = 86_400 * microsPerSecond
  /// Seconds from 1970-01-01 to 2001-01-01, where `Date` counts from.
  private static let referenceOffsetMicros: Int64 = 978_307_200 * microsPerSecond

  /// The last instant a four-digit year can name, 9999-12-31T23:59:59.999999Z: nothing is
  /// scheduled after it (see ``FSRSScheduler/latestReviewTime``).
  public static let latest = date(unixMicros: 253_402_300_799_999_999)

  /// Parses `YYYY-MM-DDTHH:MM:SS`, optional `.f` to `.ffffff`, then `Z` or an offset `±HH:MM`;
  /// `nil` when the text is anything else or names a date that does not exist.
  public static func parse(_ text: String) -> Date? {
    parseMicros(text).map { date(unixMicros: $0) }
  }

  /// Like ``parse(_:)``, as whole microseconds since 1970-01-01T00:00:00Z: exact at any date.
  public static func parseMicros(_ text: String) -> Int64? {
    var scanner = TimestampScanner(Array(text.utf8))
    guard let fields = scanner.scanTimestamp(), scanner.atEnd else { return nil }
    guard (1...12).contains(fields.month), fields.day >= 1,
      fields.day <= daysInMonth(year: fields.year, month: fields.month),
      fields.hour < 24, fields.minute < 60, fields.second < 60
    else { return nil }
    let days = daysFromCivil(year: fields.year, month: fields.month, day: fields.day)
    let seconds = Int64(fields.hour * 3600 + fields.minute * 60 + fields.second)
    return Int64(days) * microsPerDay + seconds * microsPerSecond + fields.micros
      - Int64(fields.offsetMinutes) * 60 * microsPerSecond
  }

  /// The UTC timestamp for `date`, to the microsecond.
  public static func format(_ date: Date) -> String {
    format(micros: unixMicros(date))
  }

  /// The UTC timestamp `micros` microseconds after 1970-01-01T00:00:00Z.
  public static func format(micros: Int64) -> String {
    let (dayCount, microOfDay) = floorDivide(micros, microsPerDay)
    let (year, month, day) = civilFromDays(Int(dayCount))
    let secondOfDay = Int(microOfDay / microsPerSecond)
    let fraction = Int(microOfDay % microsPerSecond)
    var text =
      "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T"
      + "\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
    if fraction != 0 { text += "." + pad(fraction, 6) }
    return text + "Z"
  }

  /// Microseconds since 1970-01-01T00:00:00Z, rounded to the nearest microsecond.
  public static func unixMicros(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSinceReferenceDate * 1_000_000).rounded()) + referenceOffsetMicros
  }

  /// The instant `micros` microseconds after 1970-01-01T00:00:00Z.
  public static func date(unixMicros micros: Int64) -> Date {
    Date(timeIntervalSinceReferenceDate: Double(micros - referenceOffsetMicros) / 1_000_000)
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width
      ? digits
      : String(repeating: "0", count: width - digits.count)
        + digits
  }

  private static func floorDivide(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
    let (q, r) = value.quotientAndRemainder(dividingBy: divisor)
    return r < 0 ? (q - 1, r + divisor) : (q, r)
  }

  private static func isLeap(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  private static func daysInMonth(year: Int, month: Int) -> Int {
    let lengths = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return lengths[month - 1]
  }

  /// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm).
  private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The proleptic Gregorian date `days` after 1970-01-01 (H. Hinnant's algorithm).
  private static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
