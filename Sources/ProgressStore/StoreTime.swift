import Foundation
import StudyCore

/// Instants are stored as whole microseconds since 1970 (the scheduler's resolution), so a card
/// read back is bit for bit the card that was written and a replay gives the same numbers.
enum StoreTime {
  /// Microseconds since 1970-01-01T00:00:00Z.
  static func micros(_ date: Date) -> Int64 { UTCTimestamp.unixMicros(date) }

  /// The instant `micros` microseconds after 1970-01-01T00:00:00Z.
  static func date(_ micros: Int64) -> Date { UTCTimestamp.date(unixMicros: micros) }

  /// `date` rounded to the whole microsecond, as it will be stored.
  static func rounded(_ date: Date) -> Date { self.date(micros(date)) }
}
