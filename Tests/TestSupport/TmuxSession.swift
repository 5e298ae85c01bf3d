import Foundation

/// A failure while driving tmux, with what the screen showed last.
public struct TmuxError: Error, CustomStringConvertible {
  /// What went wrong.
  public var description: String

  /// A failure described by `description`.
  public init(description: String) { self.description = description }
}

/// A built program (the `terminalui-demo`, `notedrill`) running in a private tmux server (its
/// own socket), so a test can send keys, resize the window and read the screen of the real
/// ncurses backend.
public final class TmuxSession {
  /// tmux on the PATH, if installed (`make test` installs it).
  public static let tmuxPath = tool("tmux")

  /// An executable called `name` on the PATH.
  public static func tool(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Whether a session of the built product `product` can run here.
  public static func isAvailable(_ product: String) -> Bool {
    tmuxPath != nil && BuiltProduct.path(product) != nil
  }

  /// The line the pane's shell prints when the program ends, before its status.
  public static let exitMarker = "program exited "

  private let socket = "notedrill-tmux-\(getpid())-\(UUID().uuidString.prefix(8))"
  private let tmux: String
  private let patience: Duration

  /// Starts the built product `product` with `arguments` in a detached `width`×`height`
  /// window; `environment` is added to the program's (`NAME=value` words for `env`, after a
  /// UTF-8 LC_ALL). Waits for a screen give up after `patience` unless told otherwise.
  public init(
    product: String, width: Int, height: Int, patience: Duration = .seconds(15),
    arguments: [String] = [], environment: String = ""
  ) throws {
    guard let tmux = Self.tmuxPath, let program = BuiltProduct.path(product) else {
      throw TmuxError(description: "tmux or \(product) not found")
    }
    self.tmux = tmux
    self.patience = patience
    let words = arguments.map { "'\($0)'" }.joined(separator: " ")
    // The shell stays after the program to report its exit status and the terminal modes it
    // left behind. It ignores SIGINT so Ctrl-C reaches only the program (which installs its
    // own handler).
    let command =
      "trap '' INT; env SWIFT_BACKTRACE=interactive=no LC_ALL=C.UTF-8 \(environment) "
      + "'\(program)' \(words); echo \"\(Self.exitMarker)$?\"; stty -a; echo \(Self.modesEnd); "
      + "exec sleep 600"
    try run(["new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", command])
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
  public func run(_ arguments: [String]) throws -> String {
    let (status, output) = try CleanSpawn.run(
      tmux, Self.options(socket) + arguments, environment: Self.environment)
    guard status == 0 else {
      throw TmuxError(description: "tmux \(arguments.joined(separator: " ")) exited with \(status)")
    }
    return output
  }

  /// Sends tmux key names (`Down`, `BSpace`, `C-c`).
  public func send(keys: String...) throws {
    try run(["send-keys", "-t", "main"] + keys)
  }

  /// Types `text` literally, as an IME commits it.
  public func type(_ text: String) throws {
    try run(["send-keys", "-t", "main", "-l", text])
  }

  /// Resizes the window.
  public func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
  }

  /// The visible screen, one string per row, trailing spaces trimmed.
  public func screen() throws -> [String] {
    try run(["capture-pane", "-p", "-t", "main"]).split(
      separator: "\n", omittingEmptySubsequences: false
    ).dropLast().map { String($0).trimmingTrailingSpaces() }
  }

  /// The visible screen with tmux's escape sequences for colours and attributes.
  public func styledScreen() throws -> String {
    try run(["capture-pane", "-p", "-e", "-t", "main"])
  }

  /// The screen and its scrollback.
  public func history() throws -> [String] {
    try run(["capture-pane", "-p", "-S", "-", "-t", "main"]).split(separator: "\n").map(String.init)
  }

  /// A tmux format value for the pane (`#{cursor_x}`, `#{alternate_on}`, ...).
  public func format(_ format: String) throws -> String {
    try run(["display-message", "-p", "-t", "main", format]).trimmingCharacters(
      in: .whitespacesAndNewlines)
  }

  /// Polls the screen until `condition` holds; throws with the last screen after `timeout`.
  @discardableResult
  public func waitForScreen(
    _ what: String, timeout: Duration? = nil, _ condition: ([String]) -> Bool
  ) throws -> [String] {
    let deadline = ContinuousClock.now + (timeout ?? patience)
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

  /// The program's process id (the child of the pane's shell).
  public func programProcessID() throws -> Int32 {
    let shell = try format("#{pane_pid}")
    let pgrep = Self.tool("pgrep") ?? "/usr/bin/pgrep"
    let (_, output) = try CleanSpawn.run(pgrep, ["-P", shell], environment: Self.environment)
    guard let pid = output.split(separator: "\n").first.flatMap({ Int32($0) }) else {
      throw TmuxError(description: "no program under the pane's shell \(shell)")
    }
    return pid
  }

  /// Waits for the program to end, calling `poke` between looks; returns its exit status.
  public func waitForExit(
    timeout: Duration = .seconds(15), whileWaiting poke: () throws -> Void = {}
  )
    throws -> Int32
  {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
      for line in try history() where line.hasPrefix(Self.exitMarker) {
        if let status = Int32(line.dropFirst(Self.exitMarker.count)) { return status }
      }
      try poke()
      usleep(20_000)
    }
    throw TmuxError(
      description: "the program did not exit; screen:\n" + (try screen()).joined(separator: "\n"))
  }

  /// The line the pane's shell prints once `stty -a` is done.
  public static let modesEnd = "stty-listed"

  /// The terminal mode flags `stty -a` printed after the program (`icanon`, `-echo`, ...).
  ///
  /// The shell runs `stty` after it has reported the exit status, so under load the listing
  /// can still be on its way when the status is seen: this waits for the line printed after
  /// it. Wrapped rows are joined (`-J`) so that no flag is cut at the window's edge.
  public func modesAfterExit(timeout: Duration = .seconds(15)) throws -> Set<String> {
    let deadline = ContinuousClock.now + timeout
    while true {
      let lines = try run(["capture-pane", "-p", "-J", "-S", "-", "-t", "main"])
        .split(separator: "\n").map(String.init)
      if let exited = lines.firstIndex(where: { $0.hasPrefix(Self.exitMarker) }),
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
  public func trimmingTrailingSpaces() -> String {
    var result = self
    while result.hasSuffix(" ") { result.removeLast() }
    return result
  }
}
