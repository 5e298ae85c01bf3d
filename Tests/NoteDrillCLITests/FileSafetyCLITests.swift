import Foundation
import Testing

/// Issue #18, items 7, 8, 10 and 11: write-back and `report -o` respect permissions, owners,
/// links and special files; file arguments are read as regular files only, with the cap held;
/// the small ones.
@Suite struct FileSafetyCLITests {
  private func run(_ sandbox: StoreSandbox, _ arguments: [String], stdin: String = "") throws
    -> RunResult
  {
    try BinaryRunner.run(
      arguments + ["--notes", sandbox.notes.path], stdin: stdin,
      environment: [
        "NOTEDRILL_HOME": sandbox.home.path, "NOTEDRILL_NOW": "2024-03-01T09:00:00Z", "TZ": "UTC",
      ])
  }

  /// The sandbox with the week note (two checklist items) and the id of its ALB item.
  private func checklistSandbox() throws -> (StoreSandbox, URL, String) {
    let (sandbox, url) = try StudyPlanCLITests.sandbox()
    let list = try run(sandbox, ["checklist", "list"])
    let item = try #require(
      list.stdout.components(separatedBy: "\n").first { $0.contains("ALB 설정 익히기") })
    return (sandbox, url, String(item.dropFirst(2).prefix(8)))
  }

  private func info(_ path: String) -> stat {
    var result = stat()
    lstat(path, &result)
    return result
  }

  @Test func writeBackRefusesAReadOnlyNoteAndLeavesIt() throws {
    let (sandbox, url, id) = try checklistSandbox()
    defer { sandbox.remove() }
    chmod(url.path, 0o444)
    let before = try Data(contentsOf: url)
    let result = try run(sandbox, ["checklist", "toggle", id, "--write-back"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("read-only"), "\(result.stderr)")
    #expect(try Data(contentsOf: url) == before)
    #expect(info(url.path).st_mode & 0o777 == 0o444)
  }

  @Test func writeBackKeepsHardLinksAndAnotherUsersOwnership() throws {
    let (sandbox, url, id) = try checklistSandbox()
    defer { sandbox.remove() }
    let twin = sandbox.root.appendingPathComponent("twin.md")
    #expect(link(url.path, twin.path) == 0)
    var result = try run(sandbox, ["checklist", "toggle", id, "--write-back"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(info(url.path).st_nlink == 2 && info(url.path).st_ino == info(twin.path).st_ino)
    #expect(try String(contentsOf: twin, encoding: .utf8).contains("- [x] ALB"))
    // Root can hand the note to another user (nobody) who lets everyone write it: the note
    // stays theirs after the write-back.
    guard geteuid() == 0 else { return }
    unlink(twin.path)
    #expect(chown(url.path, 65534, 65534) == 0 && chmod(url.path, 0o666) == 0)
    result = try run(sandbox, ["checklist", "toggle", id, "--write-back"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(info(url.path).st_uid == 65534 && info(url.path).st_gid == 65534)
    #expect(info(url.path).st_mode & 0o777 == 0o666)
    #expect(try String(contentsOf: url, encoding: .utf8).contains("- [ ] ALB"))
  }

  @Test func reportOutputRefusesALinkAFIFOAndADevice() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let target = sandbox.root.appendingPathComponent("elsewhere.md")
    try Data("keep me\n".utf8).write(to: target)
    let link = sandbox.root.appendingPathComponent("link.md")
    #expect(symlink(target.path, link.path) == 0)
    let fifo = sandbox.root.appendingPathComponent("fifo")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    var special = [(link.path, S_IFLNK), (fifo.path, S_IFIFO)]
    let device = sandbox.root.appendingPathComponent("null-device")
    // Device 1:3 is /dev/null on Linux.
    if geteuid() == 0, mknod(device.path, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0 {
      special.append((device.path, S_IFCHR))
    }
    for (path, type) in special {
      let result = try run(sandbox, ["report", "-o", path])
      #expect(result.status == 1, "\(path): \(result.stdout)")
      #expect(result.stderr.contains("not replaced") || result.stderr.contains("only a regular"))
      #expect(info(path).st_mode & S_IFMT == type, "\(path) was replaced")
    }
    #expect(try String(contentsOf: target, encoding: .utf8) == "keep me\n")
    // A regular file of the user's is replaced; a read-only one is not.
    let report = sandbox.root.appendingPathComponent("report.md")
    #expect(try run(sandbox, ["report", "-o", report.path]).status == 0)
    chmod(report.path, 0o444)
    let before = try Data(contentsOf: report)
    let refused = try run(sandbox, ["report", "-o", report.path])
    #expect(refused.status == 1 && refused.stderr.contains("read-only"))
    #expect(try Data(contentsOf: report) == before)
  }

  @Test func fileArgumentsAreReadAsRegularFilesOnly() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let fifo = sandbox.root.appendingPathComponent("p.md")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    let zero = sandbox.root.appendingPathComponent("zero.md")
    #expect(symlink("/dev/zero", zero.path) == 0)
    let loop = sandbox.root.appendingPathComponent("loop.md")
    #expect(symlink(loop.path, loop.path) == 0)
    let cases = [
      (fifo.path, "FIFO"), (zero.path, "character device"), (loop.path, "loop of symbolic links"),
    ]
    for (path, words) in cases {
      // A hang or an unbounded read here would stall the suite: both end at once now.
      let result = try BinaryRunner.run(["outline", path])
      #expect(result.status != 0)
      #expect(result.stderr.contains(words), "\(path): \(result.stderr)")
    }
  }

  @Test func aSymlinkedNoteInAFolderIsReadAndSaidSo() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let outside = sandbox.root.appendingPathComponent("elsewhere.md")
    try Data("# Linked\n\n- **VPC**: 격리된 가상 네트워크\n".utf8).write(to: outside)
    #expect(symlink(outside.path, sandbox.notes.appendingPathComponent("linked.md").path) == 0)
    let result = try BinaryRunner.run(["outline", sandbox.notes.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Linked"))
    #expect(result.stderr.contains("a symbolic link to \(outside.path); read through it"))
  }

  @Test func smallOnesNegativeNumbersAmbiguousIdsLinkLoopsAndTheLastDueDate() throws {
    let sandbox = try StoreSandbox()
    defer { sandbox.remove() }
    let exam = try run(sandbox, ["exam", "--plain", "--questions", "-5"])
    #expect(exam.status == 64, "\(exam.stderr)")
    #expect(exam.stderr.contains("--questions must be between 1 and 1000"), "\(exam.stderr)")
    // 40 items share at least one first hex digit: that digit alone is ambiguous, not unknown.
    let items = (1...40).map { "- [ ] 점검 항목 \($0)" }.joined(separator: "\n")
    try Data("# 점검\n\n\(items)\n".utf8).write(
      to: sandbox.notes.appendingPathComponent("check.md"))
    let list = try run(sandbox, ["checklist", "list"]).stdout
    let digits = list.components(separatedBy: "\n").filter { $0.hasPrefix("  ") }
      .compactMap { $0.dropFirst(2).first }
    let common = try #require(
      Dictionary(grouping: digits, by: { $0 }).max { $0.value.count < $1.value.count })
    #expect(common.value.count > 1)
    let toggle = try run(sandbox, ["checklist", "toggle", String(common.key)])
    #expect(toggle.status == 1)
    #expect(toggle.stderr.contains("ambiguous"), "\(toggle.stderr)")
    let loop = sandbox.root.appendingPathComponent("loop.md")
    #expect(symlink(loop.path, loop.path) == 0)
    let looped = try BinaryRunner.run(["bank", "list", "--notes", loop.path])
    #expect(!looped.stderr.contains("no such file"), "\(looped.stderr)")
    let replay = try BinaryRunner.run(
      ["fsrs", "replay"], stdin: "{\"card\":\"a\",\"rating\":4,\"time\":\"9999-12-31T00:00:00Z\"}\n"
    )
    #expect(!replay.stdout.contains("10000-"), "\(replay.stdout)")
    #expect(replay.stderr.contains("too late"), "\(replay.stderr)")
  }
}
