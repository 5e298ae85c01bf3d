/// Calendar arithmetic on `YYYY-MM-DD` day names, for charts.
public enum ReportDate {
  /// Days since 1970-01-01 for `YYYY-MM-DD`, or `nil` when the text is not a date.
  public static func dayNumber(_ name: String) -> Int? {
    guard let date = UTCTimestamp.parse(name + "T00:00:00Z") else { return nil }
    return Int((UTCTimestamp.unixMicros(date) / 86_400_000_000))
  }

  /// 0 for Monday through 6 for Sunday.
  public static func weekday(ofDay number: Int) -> Int {
    ((number + 3) % 7 + 7) % 7
  }

  /// The month (1-12) and day of the month of a `YYYY-MM-DD` name.
  public static func monthAndDay(_ name: String) -> (month: Int, day: Int)? {
    let parts = name.split(separator: "-")
    guard parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
    return (month, day)
  }

  /// `Jan` … `Dec`.
  public static func monthName(_ month: Int) -> String {
    let names = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    return (1...12).contains(month) ? names[month - 1] : "?"
  }
}
