import Foundation
import Testing

/// The store under a killed process and a full disk, through the real binary.
@Suite struct StoreCrashCLITests {
  @Test func aKilledProcessKeepsEveryAcknowledgedAnswerAndPassesTheCheck() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let process = Process()
    process.executableURL = BinaryRunner.binaryURL
    process.arguments = [
      "store", "exercise", "--answers", "1000000", "--notes", sandbox.notes.path,
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["NOTEDRILL_HOME"] = sandbox.home.path
    environment["SWIFT_BACKTRACE"] = "enable=no"
    environment.removeValue(forKey: "NOTEDRILL_NOW")
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    var printed = ""
    while printed.split(separator: "\n").count < 30 {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      printed += String(decoding: chunk, as: UTF8.self)
    }
    kill(process.processIdentifier, SIGKILL)
    printed += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    let acknowledged = printed.split(separator: "\n").filter { $0.hasPrefix("answered ") }.count
    #expect(acknowledged >= 30)
    let check = try sandbox.run(["store", "check"])
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    let total = value(try sandbox.stats(), "reviews", "total") as? Int ?? 0
    #expect(total >= acknowledged)
  }

  /// A real full disk: a 3 MB tmpfs (root only, as on the project's machines) filled up.
  @Test(.enabled(if: geteuid() == 0 && mountWorks()))
  func aFullDiskIsReportedAndTheEarlierAnswersStay() throws {
    let mountPoint = FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-full-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
    #expect(shell(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mountPoint.path]))
    defer {
      shell(["umount", mountPoint.path])
      try? FileManager.default.removeItem(at: mountPoint)
    }
    let sandbox = try StoreSandbox(home: mountPoint)
    defer { sandbox.remove() }
    #expect(try sandbox.runWithNotes(["store", "exercise", "--answers", "3"]).status == 0)
    let before = try Data(contentsOf: sandbox.store)
    let filler = mountPoint.appendingPathComponent("filler")
    fill(filler)
    let full = try sandbox.runWithNotes(["store", "exercise", "--answers", "3"])
    #expect(full.status == 1)
    #expect(full.stdout == "")
    #expect(
      full.stderr.hasSuffix(
        "is full: this change was not saved; answers given before it are kept. "
          + "Free some space and try again.\n"))
    #expect(full.stderr.split(separator: "\n").count == 1)
    #expect(try Data(contentsOf: sandbox.store) == before)
    try FileManager.default.removeItem(at: filler)
    #expect(try sandbox.run(["store", "check"]).status == 0)
    #expect(value(try sandbox.stats(), "reviews", "total") as? Int == 3)
  }
}

/// Whether a tmpfs can be mounted here.
private func mountWorks() -> Bool {
  let probe = FileManager.default.temporaryDirectory
    .appendingPathComponent("notedrill-probe-\(UUID().uuidString)")
  defer { try? FileManager.default.removeItem(at: probe) }
  guard
    (try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true))
      != nil, shell(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.path])
  else { return false }
  return shell(["umount", probe.path])
}

/// Runs a command; true when it exits with status 0.
@discardableResult
private func shell(_ arguments: [String]) -> Bool {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = arguments
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  guard (try? process.run()) != nil else { return false }
  process.waitUntilExit()
  return process.terminationStatus == 0
}

/// Writes to `url` until the file system is full.
private func fill(_ url: URL) {
  FileManager.default.createFile(atPath: url.path, contents: nil)
  guard let handle = FileHandle(forWritingAtPath: url.path) else { return }
  defer { try? handle.close() }
  let block = Data(repeating: 0, count: 4096)
  while (try? handle.write(contentsOf: block)) != nil {}
}
