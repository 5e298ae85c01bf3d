import Foundation
import StudyCore

/// Writes a checklist box back into a note: the new bytes go to a temporary file in the same
/// directory, which then replaces the note by `rename`, so a reader sees the old note or the
/// new one, never half of either.
public enum ChecklistFile {
  /// Why a note could not be written.
  public enum WriteError: Error, Equatable, CustomStringConvertible {
    /// Reading or writing the file failed.
    case io(path: String, message: String)

    /// One line for the user.
    public var description: String {
      switch self {
      case .io(let path, let message): "\(path): error: \(message); the note was left unchanged"
      }
    }
  }

  /// Sets `item`'s box in the note at `path` to `checked`; every other byte stays the same.
  /// Throws ``ChecklistEditError`` when the note no longer has the item at its line.
  /// A note reached through a symbolic link is written where the link points, so the link
  /// stays a link.
  public static func write(_ item: ChecklistItem, checked: Bool, path: String) throws {
    let url = URL(fileURLWithPath: path).resolvingSymlinksInPath()
    let original: [UInt8]
    do {
      original = [UInt8](try Data(contentsOf: url))
    } catch {
      throw WriteError.io(path: path, message: "cannot read the note")
    }
    let updated = try ChecklistEdit.apply(item, checked: checked, to: original, path: path)
    if updated == original { return }
    try replace(url, with: updated)
  }

  /// Writes `bytes` to a new file beside `url` (same permissions), flushes it, renames it over.
  static func replace(_ url: URL, with bytes: [UInt8]) throws {
    let path = url.path
    let directory = url.deletingLastPathComponent().path
    var template = Array(
      (directory + "/." + url.lastPathComponent + ".notedrill-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard descriptor >= 0 else {
      throw WriteError.io(path: path, message: "cannot create a file in \(directory)")
    }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var done = false
    defer {
      if !done { unlink(temporary) }
    }
    var status = stat()
    if stat(path, &status) == 0 { fchmod(descriptor, status.st_mode & 0o7777) }
    let written = bytes.withUnsafeBytes { buffer -> Bool in
      var offset = 0
      while offset < buffer.count {
        guard let base = buffer.baseAddress else { return false }
        let count = Foundation.write(descriptor, base + offset, buffer.count - offset)
        if count <= 0 { return false }
        offset += count
      }
      return true
    }
    let synced = fsync(descriptor) == 0
    close(descriptor)
    guard written, synced else { throw WriteError.io(path: path, message: "cannot write the note") }
    guard rename(temporary, path) == 0 else {
      throw WriteError.io(path: path, message: "cannot replace the note")
    }
    done = true
  }
}
