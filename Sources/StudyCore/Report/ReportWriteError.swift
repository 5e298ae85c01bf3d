/// Why a report could not be written, in one line.
public struct ReportWriteError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The reason.
  public let message: String

  /// An error with `message`.
  public init(message: String) {
    self.message = message
  }
  /// The reason.
  public var description: String { message }
}

extension ReportFormat {
  /// A default file name for a report in this format on `studyDay`:
  /// `notedrill-report-2026-11-23.html`.
  public func defaultFileName(studyDay: String) -> String {
    "notedrill-report-\(studyDay).\(fileExtension)"
  }
}
