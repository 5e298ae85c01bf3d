import Foundation
import StudyCore

/// Everything the progress store can refuse or fail at, each with a one-line message a user can
/// act on. Whenever one of these is thrown, the store file is left as it was: a failed write rolls
/// back, and answers committed before it stay.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The store records migrations this NoteDrill does not know: a newer NoteDrill wrote it.
  case newerStore(path: String, unknownMigrations: [String])
  /// The file exists but is not an SQLite database, or its pages are damaged.
  case notADatabase(path: String, detail: String)
  /// No store file exists yet (for commands that only read it).
  case storeMissing(path: String)
  /// The folder that holds (or would hold) the store cannot be written.
  case directoryNotWritable(path: String)
  /// The store file itself cannot be written.
  case fileNotWritable(path: String)
  /// The disk (or the store's size cap) is full: the write was rolled back.
  case diskFull(path: String)
  /// Another process held the store for longer than the busy timeout.
  case busy(path: String, seconds: Double)
  /// No question with this id is in the store.
  case unknownQuestion(String)
  /// The question's note no longer has it; it cannot be answered until it returns.
  case orphanedQuestion(String)
  /// The review log is empty.
  case nothingToUndo
  /// Only the most recent answer to a question can be undone.
  case notLastAnswer(reviewID: Int64, questionID: String)
  /// The scheduler refused the review (for example a time before the card's last review).
  case scheduler(SchedulerError)
  /// No setting has this name.
  case unknownSetting(String)
  /// A setting value out of range or unreadable.
  case invalidSetting(key: String, value: String, reason: String)
  /// No backup has this name.
  case backupNotFound(name: String, directory: String)
  /// The backup exists but cannot be restored.
  case backupUnusable(name: String, reason: String)
  /// No exam attempt has this id, or it has no such position.
  case unknownExamAnswer(attemptID: Int64, position: Int)
  /// A file-system operation failed.
  case fileSystem(path: String, reason: String)
  /// Any other database failure, with SQLite's own words.
  case database(String)

  /// The message for the user, on one line.
  public var description: String {
    switch self {
    case .newerStore(let path, let unknown):
      "\(path) was written by a newer NoteDrill (unknown changes: "
        + "\(unknown.joined(separator: ", "))); update NoteDrill to use it. It was left unchanged."
    case .notADatabase(let path, let detail):
      "\(path) is not a usable NoteDrill progress store (\(detail)); it was left unchanged. "
        + "Move it away or restore a backup with `notedrill store restore NAME`."
    case .storeMissing(let path):
      "no progress store at \(path) yet: nothing has been studied here"
    case .directoryNotWritable(let path):
      "cannot write in \(path): the progress store needs a writable folder "
        + "(set NOTEDRILL_HOME to one). Nothing was changed."
    case .fileNotWritable(let path):
      "cannot write \(path): the file is read-only. Nothing was changed."
    case .diskFull(let path):
      "the disk holding \(path) is full: this change was not saved; answers given before it are "
        + "kept. Free some space and try again."
    case .busy(let path, let seconds):
      "\(path) is busy: another NoteDrill process has held it for more than "
        + "\(Self.format(seconds)) s. Close the other NoteDrill and try again."
    default:
      detailDescription
    }
  }

  private var detailDescription: String {
    switch self {
    case .unknownQuestion(let id): "no question with id \(id) in the progress store"
    case .orphanedQuestion(let id):
      "question \(id) is no longer in the notes; it cannot be answered until it returns"
    case .nothingToUndo: "nothing to undo: no answer has been recorded"
    case .notLastAnswer(let reviewID, let questionID):
      "review \(reviewID) is not the last answer to question \(questionID); only the last can be "
        + "undone"
    case .scheduler(let error): "the scheduler refused this review: \(error)"
    case .unknownSetting(let key):
      "no setting named \(key); settings: "
        + StoreSetting.allCases.map(\.rawValue).joined(separator: ", ")
    case .invalidSetting(let key, let value, let reason): "\(key): \"\(value)\" \(reason)"
    case .backupNotFound(let name, let directory):
      "no backup named \(name) in \(directory); `notedrill store backups` lists them"
    case .backupUnusable(let name, let reason):
      "backup \(name) cannot be restored: \(reason). The store was left unchanged."
    case .unknownExamAnswer(let attemptID, let position):
      "exam attempt \(attemptID) has no question at position \(position)"
    case .fileSystem(let path, let reason): "\(path): \(reason)"
    case .database(let message): "progress store error: \(message)"
    default: ""
    }
  }

  private static func format(_ seconds: Double) -> String {
    seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
  }
}
