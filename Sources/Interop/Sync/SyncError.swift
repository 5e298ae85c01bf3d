import Foundation
import ProgressStore

/// Why a sync stopped, for the user. Whatever was committed before stays; a later sync goes on
/// from there.
public enum SyncError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The sync folder is missing or not a folder.
  case notAFolder(path: String)
  /// A file could not be read or written.
  case file(path: String, reason: String)
  /// A git command failed.
  case git(command: String, message: String)
  /// The progress store refused.
  case store(StoreError)

  /// The problem in one line.
  public var description: String {
    switch self {
    case .notAFolder(let path):
      "\(path) is not a folder: create it (or clone the sync repository there) first"
    case .file(let path, let reason): "\(path): \(reason)"
    case .git(let command, let message): "git \(command) failed: \(message)"
    case .store(let error): error.description
    }
  }
}
