import Foundation
import StudyCore
import TerminalUI

/// What the export screen asks for.
public enum ExportEffect: Equatable, Sendable {
  /// Write the report in `format` to `path` (answer with ``ExportScreen/finished(_:)``).
  case write(ReportFormat, path: String)
  /// Back to the home screen.
  case close
}

/// Export report: pick a format, edit the file name, see where it was written.
public struct ExportScreen: Equatable, Sendable {
  /// Where the screen is.
  public enum Step: Equatable, Sendable {
    /// Choosing the format.
    case format
    /// Editing the path.
    case path
    /// The report is being written.
    case writing
    /// Written to this absolute path.
    case written(String)
    /// Not written, with the reason.
    case failed(String)
  }

  /// The current step.
  public internal(set) var step = Step.format
  /// The highlighted format.
  public internal(set) var highlighted = 0
  /// The file name being edited.
  public internal(set) var field = InputField()
  /// The study day, for the default file name.
  public let studyDay: String
  /// The folder a relative file name is written to.
  public let folder: String
  /// The formats offered, in menu order.
  public let formats = [ReportFormat.html, .markdown, .json, .csv]

  /// A screen whose default file names carry `studyDay`, writing relative names in `folder`.
  public init(studyDay: String, folder: String) {
    self.studyDay = studyDay
    self.folder = folder
  }

  /// The format chosen (or highlighted).
  public var format: ReportFormat { formats[highlighted] }

  /// Handles one key.
  public mutating func update(_ key: Key) -> [ExportEffect] {
    switch step {
    case .format: return chooseFormat(key)
    case .path: return editPath(key)
    case .writing: return []
    case .written, .failed:
      if case .character("r") = key {
        step = .path
        return []
      }
      return [.close]
    }
  }

  /// The write ended: `.success(path)` or `.failure(reason)`.
  public mutating func finished(_ result: Result<String, ReportWriteError>) {
    switch result {
    case .success(let path): step = .written(path)
    case .failure(let error): step = .failed(error.message)
    }
  }

  private mutating func chooseFormat(_ key: Key) -> [ExportEffect] {
    switch key {
    case .down, .character("j"): highlighted = min(formats.count - 1, highlighted + 1)
    case .up, .character("k"): highlighted = max(0, highlighted - 1)
    case .enter, .right, .character(" "): startPath()
    case .character("q"), .escape, .interrupted: return [.close]
    case .character(let character):
      if let number = character.wholeNumberValue, (1...formats.count).contains(number) {
        highlighted = number - 1
        startPath()
      }
    default: break
    }
    return []
  }

  private mutating func startPath() {
    field = InputField(text: format.defaultFileName(studyDay: studyDay))
    step = .path
  }

  private mutating func editPath(_ key: Key) -> [ExportEffect] {
    switch key {
    case .enter:
      guard !field.text.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
      step = .writing
      return [.write(format, path: field.text)]
    case .escape:
      step = .format
    case .interrupted: return [.close]
    default: field.handle(key)
    }
    return []
  }
}
