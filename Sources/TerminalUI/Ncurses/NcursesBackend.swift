import CNcursesw

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why the terminal could not be used.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
  /// Standard input or output is not a terminal (use the plain line mode instead).
  case notATerminal
  /// ncurses could not start on this terminal type.
  case cannotStart(terminal: String)

  /// A message the user can act on.
  public var description: String {
    switch self {
    case .notATerminal:
      return "standard input and output must be a terminal for the full-screen mode"
    case .cannotStart(let terminal):
      return "cannot start the full-screen mode on terminal type '\(terminal)'; check TERM"
    }
  }
}

/// The real terminal, through ncursesw: the only code that touches ncurses.
///
/// Starting it sets up a UTF-8 locale, cbreak/noecho/keypad/nonl mode, colours (unless the
/// terminal has none or `NO_COLOR` is set) and handlers for SIGINT, SIGTERM and SIGHUP. The
/// handler only records the signal; ``readKey(timeout:)`` notices it within 100 ms, restores
/// the terminal and returns ``Key/interrupted(_:)``, so the app can save and exit normally.
/// A second signal ends the process at once, restoring the terminal from the handler first if
/// the app had not (a loop stuck away from `readKey`). Resizes (SIGWINCH, handled by ncurses)
/// arrive as ``Key/resize(_:)`` with the new size.
///
/// Create one per process and use it from one thread (the one that created it, whose signal
/// mask it adjusts); ncurses has global state.
public final class NcursesBackend: TerminalBackend {
  /// Choices made at start.
  public struct Options: Sendable {
    /// Whether to use colours when the terminal has them (`NO_COLOR` always turns them off).
    public var colors: Bool
    /// How long a lone ESC waits for the rest of an escape sequence, in milliseconds.
    public var escapeDelay: Int

    /// Creates options.
    public init(colors: Bool = true, escapeDelay: Int = 25) {
      self.colors = colors
      self.escapeDelay = escapeDelay
    }
  }

  /// How the locale was set up.
  public let locale: LocaleSetup
  /// Whether colours are drawn (false on monochrome terminals and with `NO_COLOR`).
  public var colorsEnabled: Bool { painter.palette.colorsEnabled }

  /// The longest a single wait for input lasts before the signal flag is checked again.
  private static let pollSlice = Duration.milliseconds(100)
  private var painter: NcursesPainter
  private var previousFrame: Buffer?
  private var cursorShown: Bool?
  private var active = true

  /// Takes over the terminal. Throws when stdin/stdout is not a terminal or ncurses fails.
  public init(options: Options = Options()) throws {
    guard isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 else {
      throw TerminalError.notATerminal
    }
    locale = LocaleSetup.configure()
    NcursesSignals.saveTerminalModes()
    guard nd_newterm() != nil else {
      throw TerminalError.cannotStart(terminal: Self.environment("TERM") ?? "")
    }
    _ = cbreak()
    _ = noecho()
    _ = nonl()
    _ = keypad(nd_stdscr(), true)
    _ = intrflush(nd_stdscr(), false)
    _ = set_escdelay(Int32(clamping: options.escapeDelay))
    let noColor = !(Self.environment("NO_COLOR") ?? "").isEmpty
    painter = NcursesPainter(palette: NcursesPalette(wanted: options.colors && !noColor))
    NcursesSignals.prepareEmergencyReset()
    _ = NcursesSignals.install()
    showCursor(false)
  }

  deinit {
    shutdown()
  }

  /// The terminal's size as ncurses knows it (updated on resize).
  public var size: Size {
    Size(width: Int(nd_cols()), height: Int(nd_lines()))
  }

  /// Paints the cells that changed since the last frame, places the cursor, refreshes.
  public func draw(_ frame: Buffer, cursor: Point?) {
    guard active else { return }
    let limit = size
    for run in Buffer.diff(from: previousFrame, to: frame) {
      painter.paint(run, of: frame, limit: limit)
    }
    // A frame drawn for another size is only partly on screen: repaint fully next time.
    previousFrame = frame.size == limit ? frame : nil
    if let cursor, Rect(size: limit).contains(cursor) {
      showCursor(true)
      _ = wmove(nd_stdscr(), Int32(cursor.y), Int32(cursor.x))
    } else {
      showCursor(false)
    }
    _ = wrefresh(nd_stdscr())
  }

  /// Waits for a key, a resize or a termination signal, at most `timeout` (`nil`: forever).
  public func readKey(timeout: Duration?) -> Key? {
    if let signal = takeSignal() { return .interrupted(signal) }
    guard active else { return nil }
    let clock = ContinuousClock()
    let deadline = timeout.map { clock.now.advanced(by: $0) }
    while true {
      var slice = Self.pollSlice
      if let deadline { slice = min(slice, max(.zero, deadline - clock.now)) }
      wtimeout(nd_stdscr(), Self.milliseconds(slice))
      var code: wint_t = 0
      let status = wget_wch(nd_stdscr(), &code)
      if let signal = takeSignal() { return .interrupted(signal) }
      if let key = KeyDecoder.decode(status: status, code: UInt32(code), size: { self.size }) {
        if case .resize = key { forgetScreen() }
        return key
      }
      if let deadline, clock.now >= deadline { return nil }
    }
  }

  /// Restores the terminal (`endwin`); later draws and reads do nothing.
  public func shutdown() {
    guard active else { return }
    active = false
    _ = endwin()
    NcursesSignals.markRestored()
  }

  /// Ends curses mode if a termination signal arrived, and returns it.
  private func takeSignal() -> TerminationSignal? {
    guard let signal = NcursesSignals.pending else { return nil }
    shutdown()
    return signal
  }

  /// After a resize the physical screen is unknown: clear it and repaint everything.
  private func forgetScreen() {
    previousFrame = nil
    _ = clearok(nd_curscr(), true)
  }

  /// Shows or hides the cursor, calling ncurses only on a change.
  private func showCursor(_ shown: Bool) {
    guard cursorShown != shown else { return }
    cursorShown = shown
    _ = curs_set(shown ? 1 : 0)
  }

  /// Whole milliseconds in `duration`, rounded up so a short wait is not a busy loop.
  static func milliseconds(_ duration: Duration) -> Int32 {
    let (seconds, attoseconds) = duration.components
    let millis = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    return Int32(clamping: max(0, millis))
  }

  /// An environment variable, if set.
  private static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}
