import Foundation

/// Replacing a file's content the way its owner would expect: the one writer behind checklist
/// write-back and `report -o`.
///
/// - Only a regular file is replaced; a FIFO, a device, a socket or a folder is refused.
/// - A file whose mode allows no one to write (0444) is refused, also for root, and so is one
///   the user may not write, though the folder would let a rename replace it.
/// - A symbolic link is refused unless the caller follows links (write-back does: the note the
///   link points to is written and the link stays).
/// - A file of the user's with one link gets the new bytes through a temporary file renamed
///   over it (a reader, or a crash, sees the old file or the new one), with the same mode and
///   group. A file owned by someone else, or with more hard links, is rewritten in place, so
///   its owner, mode and every hard link stay; that write is synced but not atomic.
public enum FileReplacement {
  /// Whether a symbolic link at the path is written through or refused.
  public enum Links: Sendable {
    /// The link's target is written; the link stays.
    case follow
    /// A link is refused.
    case refuse
  }

  /// Why the file was not written, in one line; the file is unchanged.
  public struct Refusal: Error, Equatable, Sendable, CustomStringConvertible {
    /// The reason.
    public let message: String
    /// The reason.
    public var description: String { message }
  }

  /// Writes `bytes` as the content of `path`, creating it (mode 0644 less the umask) when
  /// `creating` and nothing is there.
  ///
  /// - Returns: the path written (a link's target when followed).
  @discardableResult
  public static func write(_ bytes: [UInt8], to path: String, links: Links, creating: Bool)
    throws(Refusal) -> String
  {
    var target = path
    var info = stat()
    if lstat(target, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
      guard links == .follow else {
        let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
        throw Refusal(
          message: "\(path) is a symbolic link (to \(destination)); not replaced: "
            + "give the file's own path")
      }
      target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }
    guard lstat(target, &info) == 0 else {
      guard errno == ENOENT, creating else { throw failure(target, "cannot be read") }
      try replaceByRename(target, with: bytes, mode: 0o644 & ~currentUmask(), group: nil)
      return target
    }
    try checkReplaceable(target, info)
    if info.st_uid != geteuid() || info.st_nlink > 1 {
      try rewriteInPlace(target, with: bytes, expected: info)
    } else {
      try replaceByRename(target, with: bytes, mode: info.st_mode & 0o7777, group: info.st_gid)
    }
    return target
  }

  /// Refuses what is not a regular file the user may write.
  private static func checkReplaceable(_ path: String, _ info: stat) throws(Refusal) {
    let type = info.st_mode & S_IFMT
    guard type == S_IFREG else {
      let kind =
        switch type {
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
      throw Refusal(message: "\(path) is \(kind); only a regular file is replaced")
    }
    let mode = String(info.st_mode & 0o777, radix: 8)
    guard info.st_mode & 0o222 != 0, access(path, W_OK) == 0 else {
      throw Refusal(
        message: "\(path) is read-only for you (mode 0\(mode)); it was not changed")
    }
  }

  /// The new bytes in a temporary file beside `path`, synced, renamed over it.
  private static func replaceByRename(
    _ path: String, with bytes: [UInt8], mode: mode_t, group: gid_t?
  ) throws(Refusal) {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    var template = Array(
      (directory + "/." + url.lastPathComponent + ".notedrill-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard descriptor >= 0 else { throw failure(path, "cannot create a file in \(directory)") }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var placed = false
    defer { if !placed { unlink(temporary) } }
    fchmod(descriptor, mode)
    if let group { _ = fchown(descriptor, uid_t.max, group) }  // uid -1: keep the owner
    let written = writeAll(descriptor, bytes) && fsync(descriptor) == 0
    close(descriptor)
    guard written else { throw failure(path, "cannot write (disk full?)") }
    guard rename(temporary, path) == 0 else { throw failure(path, "cannot be replaced") }
    placed = true
    syncFolder(directory)
  }

  /// The new bytes written over the file itself, then cut to length and synced: owner, mode and
  /// hard links stay. The file opened must be the one checked (no link swapped in meanwhile).
  private static func rewriteInPlace(_ path: String, with bytes: [UInt8], expected: stat)
    throws(Refusal)
  {
    let descriptor = open(path, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(path, "cannot be opened for writing") }
    defer { close(descriptor) }
    var opened = stat()
    guard fstat(descriptor, &opened) == 0, opened.st_dev == expected.st_dev,
      opened.st_ino == expected.st_ino
    else { throw failure(path, "changed while being written") }
    guard writeAll(descriptor, bytes), ftruncate(descriptor, off_t(bytes.count)) == 0,
      fsync(descriptor) == 0
    else { throw failure(path, "cannot write (disk full?)") }
  }

  private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { buffer -> Bool in
      var offset = 0
      while offset < buffer.count {
        guard let base = buffer.baseAddress else { return false }
        let count = Foundation.write(descriptor, base + offset, buffer.count - offset)
        if count < 0, errno == EINTR { continue }
        if count <= 0 { return false }
        offset += count
      }
      return true
    }
  }

  /// Syncs a folder, so a rename in it survives a power cut.
  private static func syncFolder(_ path: String) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  private static func currentUmask() -> mode_t {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }

  private static func failure(_ path: String, _ what: String) -> Refusal {
    Refusal(message: "\(path) \(what): \(String(cString: strerror(errno)))")
  }
}
