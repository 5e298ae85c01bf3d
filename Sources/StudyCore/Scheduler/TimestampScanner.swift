/// The fields of an ISO-8601 timestamp, as written.
struct TimestampFields: Sendable, Equatable {
  var year = 0
  var month = 0
  var day = 0
  var hour = 0
  var minute = 0
  var second = 0
  var micros: Int64 = 0
  /// Minutes east of UTC (`+09:00` is 540).
  var offsetMinutes = 0
}

/// Reads the fixed layout `YYYY-MM-DDTHH:MM:SS[.f...][Z|±HH:MM]` byte by byte.
struct TimestampScanner {
  private let bytes: [UInt8]
  private var index = 0

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// True when every byte has been read.
  var atEnd: Bool { index == bytes.count }

  /// The timestamp's fields, or `nil` when the layout does not match.
  mutating func scanTimestamp() -> TimestampFields? {
    var fields = TimestampFields()
    guard let year = digits(4), literal("-"), let month = digits(2), literal("-"),
      let day = digits(2), literal("T"), let hour = digits(2), literal(":"),
      let minute = digits(2), literal(":"), let second = digits(2)
    else { return nil }
    (fields.year, fields.month, fields.day) = (year, month, day)
    (fields.hour, fields.minute, fields.second) = (hour, minute, second)
    if literal(".") {
      guard let micros = fraction() else { return nil }
      fields.micros = micros
    }
    guard let offset = zone() else { return nil }
    fields.offsetMinutes = offset
    return fields
  }

  private mutating func literal(_ character: Character) -> Bool {
    guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else {
      return false
    }
    index += 1
    return true
  }

  private mutating func digits(_ count: Int) -> Int? {
    guard index + count <= bytes.count else { return nil }
    var value = 0
    for byte in bytes[index..<index + count] {
      guard (48...57).contains(byte) else { return nil }
      value = value * 10 + Int(byte - 48)
    }
    index += count
    return value
  }

  /// One to six fraction digits, as microseconds.
  private mutating func fraction() -> Int64? {
    var value: Int64 = 0
    var count = 0
    while index < bytes.count, (48...57).contains(bytes[index]) {
      guard count < 6 else { return nil }
      value = value * 10 + Int64(bytes[index] - 48)
      count += 1
      index += 1
    }
    guard count > 0 else { return nil }
    for _ in count..<6 { value *= 10 }
    return value
  }

  /// `Z` (0) or `±HH:MM` (minutes east of UTC).
  private mutating func zone() -> Int? {
    if literal("Z") { return 0 }
    let sign: Int
    if literal("+") {
      sign = 1
    } else if literal("-") {
      sign = -1
    } else {
      return nil
    }
    guard let hours = digits(2), literal(":"), let minutes = digits(2), hours < 24, minutes < 60
    else { return nil }
    return sign * (hours * 60 + minutes)
  }
}
