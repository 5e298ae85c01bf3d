import Foundation

/// The git repository a sync folder is in, driven through the `git` command.
struct GitRepository {
  /// The sync folder.
  let folder: URL
  /// `-c` options giving commits an author when the repository has none configured.
  private let identity: [String]

  /// The repository holding `folder`, or `nil` when it is in none (or git is missing).
  static func find(folder: URL) -> GitRepository? {
    let plain = GitRepository(folder: folder, identity: [])
    guard let top = try? plain.run(["rev-parse", "--show-toplevel"]), top.status == 0 else {
      return nil
    }
    let email = try? plain.run(["config", "user.email"])
    guard email?.status != 0 || email?.output.isEmpty == true else { return plain }
    return GitRepository(
      folder: folder,
      identity: ["-c", "user.name=NoteDrill", "-c", "user.email=notedrill@localhost"])
  }

  private init(folder: URL, identity: [String]) {
    self.folder = folder
    self.identity = identity
  }

  /// The first remote, if any.
  func remote() throws(SyncError) -> String? {
    let remotes = try checked(["remote"])
    return remotes.split(separator: "\n").first.map(String.init)
  }

  /// The current branch (also when it has no commit yet).
  func branch() throws(SyncError) -> String {
    try checked(["symbolic-ref", "--short", "HEAD"])
  }

  /// Whether `remote` has `branch`.
  func remoteHas(_ remote: String, branch: String) throws(SyncError) -> Bool {
    let result = try run(["ls-remote", "--exit-code", "--heads", remote, branch])
    switch result.status {
    case 0: return true
    case 2: return false
    default: throw .git(command: "ls-remote \(remote)", message: short(result.output))
    }
  }

  /// Merges `remote`'s `branch` in; each device writes only its own file, so this never meets a
  /// conflict.
  func pull(_ remote: String, branch: String) throws(SyncError) {
    _ = try checked(["pull", "--no-rebase", "--no-edit", "-q", remote, branch])
  }

  /// Commits `file` alone (nothing else the folder holds) when it changed; returns whether it
  /// did.
  func commit(_ file: URL, message: String) throws(SyncError) -> Bool {
    let path = file.lastPathComponent
    _ = try checked(["add", "--", path])
    let staged = try run(["diff", "--cached", "--quiet", "--", path])
    guard staged.status == 1 else { return false }
    _ = try checked(["commit", "-q", "-m", message, "--", path])
    return true
  }

  /// Whether HEAD has commits `remote`'s `branch` lacks (or the branch is not there yet).
  func isAhead(of remote: String, branch: String) throws(SyncError) -> Bool {
    guard try run(["rev-parse", "--verify", "-q", "HEAD"]).status == 0 else { return false }
    guard try remoteHas(remote, branch: branch) else { return true }
    _ = try checked(["fetch", "-q", remote, branch])
    return try checked(["rev-list", "--count", "FETCH_HEAD..HEAD"]) != "0"
  }

  /// Pushes HEAD to `remote`'s `branch`; `false` when the remote moved on first (pull, then
  /// push again).
  func push(_ remote: String, branch: String) throws(SyncError) -> Bool {
    let result = try run(["push", "-q", remote, "HEAD:refs/heads/\(branch)"])
    if result.status == 0 { return true }
    if result.output.contains("rejected") || result.output.contains("fetch first") {
      return false
    }
    throw .git(command: "push \(remote)", message: short(result.output))
  }

  private func checked(_ arguments: [String]) throws(SyncError) -> String {
    let result = try run(arguments)
    guard result.status == 0 else {
      throw .git(command: arguments.prefix(2).joined(separator: " "), message: short(result.output))
    }
    return result.output
  }

  /// Runs git in the folder; output and errors together, trimmed.
  private func run(_ arguments: [String]) throws(SyncError) -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", folder.path] + identity + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_TERMINAL_PROMPT"] = "0"
    environment["LC_ALL"] = "C"
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    do {
      try process.run()
    } catch {
      throw .git(command: arguments.first ?? "", message: "cannot run git: \(error)")
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    return (process.terminationStatus, text)
  }

  /// The last lines of git's output, on one line.
  private func short(_ output: String) -> String {
    output.split(separator: "\n").suffix(3).joined(separator: " / ")
  }
}
