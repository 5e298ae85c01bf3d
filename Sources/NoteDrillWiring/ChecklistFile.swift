import Foundation
import NoteOutline
import StudyCore

/// Writes a checklist box back into a note through ``FileReplacement``: normally a temporary
/// file in the same directory renamed over the note, so a reader sees the old note or the new
/// one, never half of either.
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
  /// Throws ``ChecklistEditError`` when the note no longer has the item at its line, and
  /// ``WriteError`` when the note cannot be read as a regular file or may not be written (see
  /// ``FileReplacement``: permissions, owner and hard links are kept). A note reached through a
  /// symbolic link is written where the link points, so the link stays a link.
  public static func write(_ item: ChecklistItem, checked: Bool, path: String) throws {
    let original: [UInt8]
    switch RegularFile.read(path, limit: NoteLoader.maximumFileSize) {
    case .success(let data): original = [UInt8](data)
    case .failure(let problem):
      throw WriteError.io(
        path: path, message: "cannot read the note (\(NoteReadError(problem).message))")
    }
    let updated = try ChecklistEdit.apply(item, checked: checked, to: original, path: path)
    if updated == original { return }
    do {
      try FileReplacement.write(updated, to: path, links: .follow, creating: false)
    } catch {
      throw WriteError.io(path: path, message: error.message)
    }
  }
}
