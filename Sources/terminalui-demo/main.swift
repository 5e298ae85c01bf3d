// terminalui-demo: a tiny full-screen program on TerminalUI's ncurses backend, for the tmux
// smoke test. Esc quits; SIGINT/SIGTERM/SIGHUP end it after restoring the terminal, with a
// farewell line printed on the normal screen; Ctrl-B blocks without reading keys, so a second
// signal has to restore the terminal on its own.
import TerminalUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the demo until Esc or a signal; returns the exit status and the farewell line.
func runDemo(on terminal: NcursesBackend) -> (Int32, String) {
  var screen = DemoScreen()
  while true {
    let (frame, cursor) = screen.render(size: terminal.size)
    terminal.draw(frame, cursor: cursor)
    if screen.wantsBusyWait { blockWithoutReadingKeys() }
    guard let key = terminal.readKey(timeout: nil) else { continue }
    screen.update(key)
    if case .interrupted(let signal) = key {
      return (signal.exitStatus, "demo: interrupted by signal \(signal.rawValue), state saved")
    }
    if screen.finished { return (0, "demo: bye") }
  }
}

/// Sleeps for a minute, the way a long computation would keep the loop from reading keys.
func blockWithoutReadingKeys() {
  for _ in 0..<600 { usleep(100_000) }
}

do {
  let terminal = try NcursesBackend()
  let (status, farewell) = runDemo(on: terminal)
  terminal.shutdown()
  print(farewell)
  exit(status)
} catch {
  let message = "terminalui-demo: \(error)\n"
  _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
  exit(1)
}
