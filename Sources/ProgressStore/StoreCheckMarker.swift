import Foundation

/// What lets an open skip SQLite's `quick_check`, which reads every page (seconds on a store of a
/// million reviews): a marker beside the store naming the file exactly as a passed check left
/// it (device, inode, size, modification time to the nanosecond).
///
/// The marker is written after `quick_check` or `store check` passes, and moved on at a clean
/// close only when the file still matched it as the close began, so only NoteDrill's own
/// checkpoints carry it forward. Any other change to the file (another program, `dd`, a copy, a
/// restore) leaves the marker behind, and the next open checks the file again.
enum StoreCheckMarker {
  /// The marker's file: `.progress.sqlite.checked` beside the store.
  static func url(for store: URL) -> URL {
    store.deletingLastPathComponent().appendingPathComponent(
      ".\(store.lastPathComponent).checked")
  }

  /// The file's identity and state, `nil` when it cannot be read.
  static func fingerprint(_ store: URL) -> String? {
    var info = stat()
    guard stat(store.path, &info) == 0 else { return nil }
    return "\(info.st_dev) \(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec) "
      + "\(info.st_mtim.tv_nsec)"
  }

  /// True when the store is exactly as the last passed check (or a clean close after one)
  /// left it.
  static func vouchesFor(_ store: URL) -> Bool {
    guard let current = fingerprint(store),
      let data = FileManager.default.contents(atPath: url(for: store).path)
    else { return false }
    return String(decoding: data, as: UTF8.self) == current
  }

  /// Records the store as it is now (best effort: without a marker the next open checks).
  ///
  /// The kernel stamps modification times from a coarse clock (a few milliseconds a tick), so a
  /// change in the tick of the last write would keep the time. The marker is written only once
  /// the coarse clock has moved past that tick: any later change then gets a later time.
  static func record(_ store: URL) {
    if vouchesFor(store) { return }  // already names the file as it is
    var info = stat()
    guard stat(store.path, &info) == 0, waitPastTick(of: info.st_mtim),
      let current = fingerprint(store)
    else { return }
    let marker = url(for: store)
    let partial = marker.path + ".\(getpid())"
    let descriptor = open(partial, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return }
    let bytes = Array(current.utf8)
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
    if written == bytes.count, rename(partial, marker.path) == 0 { return }
    unlink(partial)
  }

  /// Waits (at most about 50 ms) until the coarse real-time clock is past `time`.
  private static func waitPastTick(of time: timespec) -> Bool {
    for _ in 0..<50 {
      var now = timespec()
      clock_gettime(CLOCK_REALTIME_COARSE, &now)
      if now.tv_sec > time.tv_sec || (now.tv_sec == time.tv_sec && now.tv_nsec > time.tv_nsec) {
        return true
      }
      usleep(1000)
    }
    return false
  }

  /// Drops the marker: the next open checks the file.
  static func forget(_ store: URL) {
    unlink(url(for: store).path)
  }
}
