import Foundation
import GRDB
import StudyCore

/// Turns SQLite and file-system failures into the user's ``StoreError``.
enum StoreFailure {
  /// Runs `body`; any failure comes out as a ``StoreError`` about `path`.
  static func map<T>(path: String, timeout: Double, _ body: () throws -> T) throws(StoreError)
    -> T
  {
    do {
      return try body()
    } catch let error as StoreError {
      throw error
    } catch let error as SchedulerError {
      throw .scheduler(error)
    } catch let error as DatabaseError {
      throw storeError(error, path: path, timeout: timeout)
    } catch {
      throw .database(String(describing: error))
    }
  }

  /// The ``StoreError`` for an SQLite error.
  static func storeError(_ error: DatabaseError, path: String, timeout: Double) -> StoreError {
    switch error.resultCode {
    case .SQLITE_FULL: return .diskFull(path: path)
    case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path, seconds: timeout)
    case .SQLITE_NOTADB: return .notADatabase(path: path, detail: "not an SQLite database")
    case .SQLITE_CORRUPT: return .notADatabase(path: path, detail: "the database is damaged")
    case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
      let folder = (path as NSString).deletingLastPathComponent
      return FileManager.default.isWritableFile(atPath: folder)
        ? .fileNotWritable(path: path) : .directoryNotWritable(path: folder)
    case .SQLITE_IOERR:
      // A full disk often surfaces as an I/O error (growing the WAL index, say): look.
      if isNearlyFull(folderOf: path) { return .diskFull(path: path) }
      return .fileSystem(path: path, reason: error.message ?? "input/output error")
    default:
      return .database(error.message ?? error.description)
    }
  }

  /// True when the file system holding `path` has less than 1 MiB left.
  static func isNearlyFull(folderOf path: String) -> Bool {
    var info = statvfs()
    let folder = (path as NSString).deletingLastPathComponent
    guard statvfs(folder.isEmpty ? "." : folder, &info) == 0 else { return false }
    return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 1 << 20
  }
}
