import Foundation
import Testing

@testable import ProgressStore

/// The bytes of a file (empty when it cannot be read).
func bytes(_ url: URL) -> Data { (try? Data(contentsOf: url)) ?? Data() }

/// A store file at `url` with `count` questions and `answers` answers, closed again.
func makeStoreFile(at url: URL, questions count: Int = 5, answers: Int = 3) throws {
  let start = try instant("2024-03-01T09:00:00Z")
  let store = try AppDatabase.open(at: url, now: start)
  try store.reconcile(with: questions(count), at: start)
  for index in 0..<answers {
    try store.answer(question(index % count), .good, at: start.addingTimeInterval(Double(index)))
  }
  try store.close()
}

/// Runs a system command; true when it exits with status 0.
@discardableResult
func system(_ arguments: [String]) -> Bool {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = arguments
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  guard (try? process.run()) != nil else { return false }
  process.waitUntilExit()
  return process.terminationStatus == 0
}

/// A small tmpfs mounted on a temporary folder: a file system that can fill up or turn
/// read-only, which is how the tests rehearse a full disk and a read-only folder as root
/// (whom file modes do not stop).
struct TmpfsMount {
  let folder: TemporaryFolder

  /// Whether this process may mount (root with the capability, as on the project's machines).
  static let isAvailable: Bool = {
    guard geteuid() == 0, let probe = try? TmpfsMount(size: "64k") else { return false }
    probe.unmount()
    return true
  }()

  init(size: String) throws {
    folder = try TemporaryFolder()
    guard system(["mount", "-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.url.path]) else {
      folder.remove()
      throw CocoaError(.fileWriteNoPermission)
    }
  }

  /// Turns the file system read-only or writable again.
  func remount(readOnly: Bool) -> Bool {
    system(["mount", "-o", "remount,\(readOnly ? "ro" : "rw")", folder.url.path])
  }

  func unmount() {
    system(["umount", folder.url.path])
    folder.remove()
  }
}
