import Foundation

/// Reading a file named on the command line or found in a scan, safely: only a regular file is
/// read (a FIFO, a device such as `/dev/zero`, a socket or a folder is refused without blocking,
/// whatever link leads to it), and the size cap is enforced while reading, so a file that grows
/// or lies about its size cannot make the read unbounded.
public enum RegularFile {
  /// Why a path could not be read as a regular file.
  public enum Problem: Error, Equatable, Sendable {
    /// Nothing at the path.
    case missing
    /// A symbolic link whose target does not exist.
    case danglingLink
    /// A chain of symbolic links that loops (or is too long).
    case linkLoop
    /// Something other than a regular file: a FIFO, a device, a socket, a folder.
    case notRegular(kind: String)
    /// Larger than the cap; `bytes` is at least what was seen.
    case tooLarge(bytes: Int)
    /// It could not be opened or read (permissions, an I/O error).
    case unreadable(reason: String)
  }

  /// The bytes of the regular file at `path`, at most `limit` of them.
  public static func read(_ path: String, limit: Int) -> Result<Data, Problem> {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting; fstat then
    // refuses it. Regular files ignore the flag.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(openProblem(path, errno: errno)) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      return .failure(.unreadable(reason: String(cString: strerror(errno))))
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      return .failure(.notRegular(kind: kind(of: info.st_mode)))
    }
    if Int(info.st_size) > limit { return .failure(.tooLarge(bytes: Int(info.st_size))) }
    return readCapped(descriptor, limit: limit)
  }

  /// What is at `path` when it is not a regular file (or a link to one); `nil` for one.
  public static func problem(at path: String) -> Problem? {
    var info = stat()
    guard stat(path, &info) == 0 else { return openProblem(path, errno: errno) }
    guard info.st_mode & S_IFMT == S_IFREG else {
      return .notRegular(kind: kind(of: info.st_mode))
    }
    return nil
  }

  /// Reads to the end, stopping (and failing) one byte past `limit`.
  private static func readCapped(_ descriptor: Int32, limit: Int) -> Result<Data, Problem> {
    var data = Data()
    let chunk = 1 << 16
    var buffer = [UInt8](repeating: 0, count: chunk)
    while true {
      let wanted = min(chunk, limit + 1 - data.count)
      let count = buffer.withUnsafeMutableBytes {
        Foundation.read(descriptor, $0.baseAddress, wanted)
      }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(.unreadable(reason: String(cString: strerror(errno))))
      }
      if count == 0 { return .success(data) }
      data.append(contentsOf: buffer[0..<count])
      if data.count > limit { return .failure(.tooLarge(bytes: data.count)) }
    }
  }

  private static func openProblem(_ path: String, errno code: Int32) -> Problem {
    switch code {
    case ELOOP: return .linkLoop
    case ENOENT:
      var info = stat()
      return lstat(path, &info) == 0 ? .danglingLink : .missing
    case ENXIO: return .notRegular(kind: "a FIFO or socket")
    default: return .unreadable(reason: String(cString: strerror(code)))
    }
  }

  /// A file type in words.
  static func kind(of mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFDIR: "a folder"
    case S_IFIFO: "a FIFO (named pipe)"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFSOCK: "a socket"
    case S_IFLNK: "a symbolic link"
    default: "not a regular file"
    }
  }
}
