import Foundation

@testable import TerminalUI

/// A failure while driving tmux, with what the screen showed last.
struct TmuxError: Error, CustomStringConvertible {
  var description: String
}

/// The `terminalui-demo` binary running in a private tmux server (its own socket), so a test
/// can send keys, resize the window and read the screen of the real ncurses backend.
final class TmuxSession {
  /// tmux on the PATH, if installed (`make test` installs it).
  static let tmuxPath = tool("tmux")

  /// An executable called `name` on the PATH.
  static func tool(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// The demo built next to the test bundle.
  static let demoPath: String? = {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("terminalui-demo").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      directory.deleteLastPathComponent()
    }
    return nil
  }()

  /// Whether the smoke tests can run here.
  static var isAvailable: Bool { tmuxPath != nil && demoPath != nil }

  private let socket = "notedrill-tui-\(getpid())-\(UUID().uuidString.prefix(8))"
  private let tmux: String

  /// Starts the demo in a detached `width`×`height` window; `environment` is added to the
  /// demo's (`NAME=value` words for `env`, after a UTF-8 LC_ALL).
  init(width: Int, height: Int, environment: String = "") throws {
    guard let tmux = Self.tmuxPath, let demo = Self.demoPath else {
      throw TmuxError(description: "tmux or terminalui-demo not found")
    }
    self.tmux = tmux
    // The shell stays after the demo to report its exit status and the terminal modes it left
    // behind. It ignores SIGINT so Ctrl-C reaches only the demo (which installs its own handler).
    let command =
      "trap '' INT; env SWIFT_BACKTRACE=interactive=no LC_ALL=C.UTF-8 \(environment) '\(demo)'; "
      + "echo \"demo exited $?\"; stty -a; echo \(Self.modesEnd); exec sleep 600"
    try run(["new-session", "-d", "-s", "demo", "-x", "\(width)", "-y", "\(height)", command])
  }

  /// Options before every tmux command: this test's own server, no config, UTF-8.
  private static func options(_ socket: String) -> [String] {
    ["-L", socket, "-f", "/dev/null", "-u"]
  }

  /// The environment tmux runs in: the test's, in a UTF-8 locale, outside any tmux, and
  /// without the NO_COLOR that `swift test` sets (a test adds it back when it wants it).
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

  /// Runs one tmux command on this session's server; returns its standard output.
  @discardableResult
  func run(_ arguments: [String]) throws -> String {
    let (status, output) = try CleanSpawn.run(
      tmux, Self.options(socket) + arguments, environment: Self.environment)
    guard status == 0 else {
      throw TmuxError(description: "tmux \(arguments.joined(separator: " ")) exited with \(status)")
    }
    return output
  }

  /// Sends tmux key names (`Down`, `BSpace`, `C-c`).
  func send(keys: String...) throws {
    try run(["send-keys", "-t", "demo"] + keys)
  }

  /// Types `text` literally, as an IME commits it.
  func type(_ text: String) throws {
    try run(["send-keys", "-t", "demo", "-l", text])
  }

  /// Resizes the window.
  func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-t", "demo", "-x", "\(width)", "-y", "\(height)"])
  }

  /// The visible screen, one string per row, trailing spaces trimmed.
  func screen() throws -> [String] {
    try run(["capture-pane", "-p", "-t", "demo"]).split(
      separator: "\n", omittingEmptySubsequences: false
    ).dropLast().map { String($0).trimmingTrailingSpaces() }
  }

  /// The visible screen with tmux's escape sequences for colours and attributes.
  func styledScreen() throws -> String {
    try run(["capture-pane", "-p", "-e", "-t", "demo"])
  }

  /// The screen and its scrollback.
  func history() throws -> [String] {
    try run(["capture-pane", "-p", "-S", "-", "-t", "demo"]).split(separator: "\n").map(String.init)
  }

  /// A tmux format value for the pane (`#{cursor_x}`, `#{alternate_on}`, ...).
  func format(_ format: String) throws -> String {
    try run(["display-message", "-p", "-t", "demo", format]).trimmingCharacters(
      in: .whitespacesAndNewlines)
  }

  /// Polls the screen until `condition` holds; throws with the last screen after `timeout`.
  @discardableResult
  func waitForScreen(
    _ what: String, timeout: Duration = .seconds(15), _ condition: ([String]) -> Bool
  ) throws -> [String] {
    let deadline = ContinuousClock.now + timeout
    while true {
      let lines = try screen()
      if condition(lines) { return lines }
      guard ContinuousClock.now < deadline else {
        throw TmuxError(
          description: "timed out waiting for \(what); screen:\n" + lines.joined(separator: "\n"))
      }
      usleep(20_000)
    }
  }

  /// The demo's process id (the child of the pane's shell).
  func demoProcessID() throws -> Int32 {
    let shell = try format("#{pane_pid}")
    let pgrep = Self.tool("pgrep") ?? "/usr/bin/pgrep"
    let (_, output) = try CleanSpawn.run(pgrep, ["-P", shell], environment: Self.environment)
    guard let pid = output.split(separator: "\n").first.flatMap({ Int32($0) }) else {
      throw TmuxError(description: "no demo process under the pane's shell \(shell)")
    }
    return pid
  }

  /// Waits for the demo to end, calling `poke` between looks; returns its exit status.
  func waitForExit(timeout: Duration = .seconds(15), whileWaiting poke: () throws -> Void = {})
    throws -> Int32
  {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
      for line in try history() where line.hasPrefix("demo exited ") {
        if let status = Int32(line.dropFirst("demo exited ".count)) { return status }
      }
      try poke()
      usleep(20_000)
    }
    throw TmuxError(
      description: "the demo did not exit; screen:\n" + (try screen()).joined(separator: "\n"))
  }

  /// The line the pane's shell prints once `stty -a` is done.
  static let modesEnd = "stty-listed"

  /// The terminal mode flags `stty -a` printed after the demo (`icanon`, `-echo`, ...).
  ///
  /// The shell runs `stty` after it has reported the exit status, so under load the listing
  /// can still be on its way when the status is seen: this waits for the line printed after
  /// it. Wrapped rows are joined (`-J`) so that no flag is cut at the window's edge.
  func modesAfterExit(timeout: Duration = .seconds(15)) throws -> Set<String> {
    let deadline = ContinuousClock.now + timeout
    while true {
      let lines = try run(["capture-pane", "-p", "-J", "-S", "-", "-t", "demo"])
        .split(separator: "\n").map(String.init)
      if let exited = lines.firstIndex(where: { $0.hasPrefix("demo exited ") }),
        let end = lines[exited...].firstIndex(of: Self.modesEnd)
      {
        return Set(lines[(exited + 1)..<end].flatMap { $0.split(separator: " ").map(String.init) })
      }
      guard ContinuousClock.now < deadline else {
        throw TmuxError(
          description: "stty did not list the modes; screen:\n" + lines.joined(separator: "\n"))
      }
      usleep(20_000)
    }
  }
}

extension String {
  /// The string without the spaces at its end.
  func trimmingTrailingSpaces() -> String {
    var result = self
    while result.hasSuffix(" ") { result.removeLast() }
    return result
  }
}
