import Foundation

/// The `notedrill` binary in a private tmux server, for the end-to-end test (adapted from
/// Tests/TerminalUITests/TmuxSession.swift, which drives the TerminalUI demo).
final class AppTmuxSession {
  static func tool(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  static let tmuxPath = tool("tmux")

  /// The `notedrill` binary built next to the test bundle.
  static let binaryPath: String? = {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("notedrill").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      directory.deleteLastPathComponent()
    }
    return nil
  }()

  static var isAvailable: Bool { tmuxPath != nil && binaryPath != nil }

  private let socket = "notedrill-app-\(getpid())-\(UUID().uuidString.prefix(8))"
  private let tmux: String

  /// Starts `notedrill arguments` in a `width`×`height` window with `environment` words added.
  init(width: Int, height: Int, arguments: [String], environment: String) throws {
    guard let tmux = Self.tmuxPath, let binary = Self.binaryPath else {
      throw TmuxFailure(description: "tmux or notedrill not found")
    }
    self.tmux = tmux
    let words = arguments.map { "'\($0)'" }.joined(separator: " ")
    let command =
      "trap '' INT; env SWIFT_BACKTRACE=interactive=no LC_ALL=C.UTF-8 \(environment) "
      + "'\(binary)' \(words); echo \"app exited $?\"; exec sleep 600"
    try run(["new-session", "-d", "-s", "app", "-x", "\(width)", "-y", "\(height)", command])
  }

  private static var environment: [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["LC_ALL"] = "C.UTF-8"
    environment["TMUX"] = nil
    environment["NO_COLOR"] = nil
    return environment
  }

  deinit {
    _ = try? run(["kill-server"])
  }

  @discardableResult
  func run(_ arguments: [String]) throws -> String {
    let (status, output) = try CleanSpawn.run(
      tmux, ["-L", socket, "-f", "/dev/null", "-u"] + arguments, environment: Self.environment)
    guard status == 0 else {
      throw TmuxFailure(description: "tmux \(arguments.joined(separator: " ")) exited \(status)")
    }
    return output
  }

  func send(keys: String...) throws { try run(["send-keys", "-t", "app"] + keys) }

  func type(_ text: String) throws { try run(["send-keys", "-t", "app", "-l", text]) }

  func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-t", "app", "-x", "\(width)", "-y", "\(height)"])
  }

  func screen() throws -> [String] {
    try run(["capture-pane", "-p", "-t", "app"]).split(
      separator: "\n", omittingEmptySubsequences: false
    ).dropLast().map { line in
      var text = String(line)
      while text.hasSuffix(" ") { text.removeLast() }
      return text
    }
  }

  /// Polls until `condition` holds on the screen; throws with the last screen after `timeout`.
  @discardableResult
  func waitForScreen(
    _ what: String, timeout: Duration = .seconds(30), _ condition: ([String]) -> Bool
  ) throws -> [String] {
    let deadline = ContinuousClock.now + timeout
    while true {
      let lines = try screen()
      if condition(lines) { return lines }
      guard ContinuousClock.now < deadline else {
        throw TmuxFailure(
          description: "timed out waiting for \(what); screen:\n" + lines.joined(separator: "\n"))
      }
      usleep(20_000)
    }
  }

  /// The app's exit status once the shell printed it.
  func waitForExit(timeout: Duration = .seconds(15)) throws -> Int32 {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
      let lines = try run(["capture-pane", "-p", "-S", "-", "-t", "app"]).split(separator: "\n")
      for line in lines where line.hasPrefix("app exited ") {
        if let status = Int32(line.dropFirst("app exited ".count)) { return status }
      }
      usleep(20_000)
    }
    throw TmuxFailure(description: "the app did not exit")
  }
}

struct TmuxFailure: Error, CustomStringConvertible {
  var description: String
}
