import Foundation
import ProgressStore
import StudyCore

/// One device's event log file, `<device>.jsonl`: lines are only ever appended, each ending in
/// a newline. A last line without its newline was cut short (a killed write, a sync still under
/// way) and is not read; before this device appends to its own file it cuts such a tail off.
struct SyncEventFile {
  /// The file.
  let url: URL
  /// The answers in it, in file order.
  private(set) var reviews: [LoggedReview] = []
  /// Parameter sets defined in it, by key.
  private(set) var definedKeys: Set<String> = []
  /// Lines that are not answers or definitions (skipped).
  private(set) var unreadableLines = 0
  /// Bytes up to the end of the last whole line.
  private(set) var completeLength = 0
  /// Whether a cut-short line follows.
  private(set) var hasPartialTail = false

  /// The file at `url` as it is now (empty when absent); `parameters` collects the definitions
  /// read, since a file's answers may use sets another file defines first.
  static func read(_ url: URL, parameters: inout [String: SchedulerParameters])
    throws(SyncError) -> SyncEventFile
  {
    var file = SyncEventFile(url: url)
    guard FileManager.default.fileExists(atPath: url.path) else { return file }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .file(path: url.path, reason: "cannot be read: \(error)")
    }
    var start = data.startIndex
    while let end = data[start...].firstIndex(of: 0x0A) {
      let line = data[start..<end]
      start = data.index(after: end)
      file.completeLength = start - data.startIndex
      guard !line.isEmpty else { continue }
      switch SyncEventCodec.decode(Data(line), parameters: &parameters) {
      case .review(let review): file.reviews.append(review)
      case .parameters(let key, _): file.definedKeys.insert(key)
      case nil: file.unreadableLines += 1
      }
    }
    file.hasPartialTail = start < data.endIndex
    return file
  }

  /// The highest sequence number of `device` in the file.
  func highestSequence(of device: String) -> Int64 {
    reviews.compactMap { $0.origin?.device == device ? $0.origin?.sequence : nil }.max() ?? 0
  }

  /// Appends `lines` after the last whole line (a cut-short tail is dropped first) and syncs
  /// the file to disk. `crash` is called halfway through the bytes (for crash tests).
  func append(_ lines: [SyncLine], crash: () -> Void = {}) throws(SyncError) {
    var bytes = Data()
    do {
      for line in lines { bytes.append(try SyncEventCodec.encode(line)) }
    } catch {
      throw .file(path: url.path, reason: "an answer cannot be written: \(error)")
    }
    let descriptor = open(url.path, O_WRONLY | O_CREAT, 0o644)
    guard descriptor >= 0 else { throw failure() }
    defer { close(descriptor) }
    guard ftruncate(descriptor, off_t(completeLength)) == 0,
      lseek(descriptor, off_t(completeLength), SEEK_SET) >= 0
    else { throw failure() }
    let half = bytes.count / 2
    try write(bytes.prefix(half), to: descriptor)
    crash()
    try write(bytes.dropFirst(half), to: descriptor)
    guard fsync(descriptor) == 0 else { throw failure() }
  }

  private func write(_ bytes: Data, to descriptor: Int32) throws(SyncError) {
    let written = bytes.withUnsafeBytes { buffer -> Int in
      guard let base = buffer.baseAddress else { return 0 }
      var done = 0
      while done < buffer.count {
        let result = Foundation.write(descriptor, base + done, buffer.count - done)
        if result <= 0 { return -1 }
        done += result
      }
      return done
    }
    guard written == bytes.count else { throw failure() }
  }

  private func failure() -> SyncError {
    .file(path: url.path, reason: String(cString: strerror(errno)))
  }
}
