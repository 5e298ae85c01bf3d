import Foundation

/// Reads scheduler settings written as text, as on a command line.
public enum SchedulerOptionText {
  private static let unitSeconds: [Character: TimeInterval] = [
    "s": 1, "m": 60, "h": 3600, "d": 86_400,
  ]

  /// Reads a comma-separated list of 21 (FSRS-6) or 19 (FSRS-5) numbers.
  ///
  /// - Throws: ``SchedulerError/unreadableParameters(_:)`` for a piece that is not a number, and
  ///   the count and bounds errors of ``FSRSWeights/init(_:)``.
  public static func weights(_ text: String) throws(SchedulerError) -> FSRSWeights {
    var values: [Double] = []
    for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
      let trimmed = piece.trimmingCharacters(in: .whitespaces)
      guard let value = Double(trimmed), value.isFinite else {
        throw .unreadableParameters(trimmed)
      }
      values.append(value)
    }
    return try FSRSWeights(values)
  }

  /// Reads step durations such as `1m,10m`, `30s`, `1h,1d`: a whole number and a unit
  /// (`s`, `m`, `h`, `d`) each, separated by commas. An empty text or `none` means no steps.
  ///
  /// - Throws: ``SchedulerError/unreadableSteps(_:_:)`` for anything else, including zero.
  public static func steps(_ text: String, kind: StepKind) throws(SchedulerError) -> [TimeInterval]
  {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed.isEmpty || trimmed.lowercased() == "none" { return [] }
    var steps: [TimeInterval] = []
    for piece in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
      guard let seconds = duration(piece.trimmingCharacters(in: .whitespaces)) else {
        throw .unreadableSteps(kind, String(piece))
      }
      steps.append(seconds)
    }
    return steps
  }

  /// Step durations written back in the form ``steps(_:kind:)`` reads.
  public static func text(ofSteps steps: [TimeInterval]) -> String {
    steps.map(durationText).joined(separator: ",")
  }

  private static func duration(_ text: String) -> TimeInterval? {
    guard let unit = text.last, let scale = unitSeconds[unit] else { return nil }
    let number = text.dropLast()
    guard !number.isEmpty, number.allSatisfy(\.isASCIIDigit), let count = Int(number), count > 0
    else { return nil }
    return TimeInterval(count) * scale
  }

  private static func durationText(_ seconds: TimeInterval) -> String {
    for (unit, scale) in [("d", 86_400.0), ("h", 3600), ("m", 60)]
    where seconds.truncatingRemainder(dividingBy: scale) == 0 {
      return "\(Int(seconds / scale))\(unit)"
    }
    return seconds == seconds.rounded() ? "\(Int(seconds))s" : "\(seconds)s"
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
