/// One input event from the terminal: a key press, a resize, or a termination signal.
///
/// Keys carry no meaning here; the app maps them (vi keys, `q`, `?`) to its own messages.
public enum Key: Equatable, Hashable, Sendable {
  /// A printable grapheme (Hangul syllables from an IME arrive as one each).
  case character(Character)
  /// Enter or Return.
  case enter
  /// Escape (alone; a lone ESC is reported after the short escape delay).
  case escape
  /// Backspace (DEL, Ctrl-H or the terminal's backspace key).
  case backspace
  /// Delete (forward delete).
  case delete
  /// Tab.
  case tab
  /// Shift-Tab.
  case backTab
  /// Arrow up.
  case up
  /// Arrow down.
  case down
  /// Arrow left.
  case left
  /// Arrow right.
  case right
  /// Page Up.
  case pageUp
  /// Page Down.
  case pageDown
  /// Home.
  case home
  /// End.
  case end
  /// A control chord, as its lower-case letter or symbol: Ctrl-C is `.ctrl("c")`.
  case ctrl(Character)
  /// The terminal changed size; the payload is the new size.
  case resize(Size)
  /// A termination signal arrived (the terminal is already restored); save and exit.
  case interrupted(TerminationSignal)
  /// Anything else (function keys, mouse, unmapped codes), with the raw code for logging.
  case unknown(UInt32)
}

/// The signals that end the app, reported as ``Key/interrupted(_:)``.
public enum TerminationSignal: Int32, Sendable, CaseIterable {
  /// SIGHUP: the terminal went away.
  case hangup = 1
  /// SIGINT: Ctrl-C.
  case interrupt = 2
  /// SIGTERM: asked to stop.
  case terminate = 15

  /// The shell's exit status for a process ended by this signal (128 + number).
  public var exitStatus: Int32 { 128 + rawValue }
}
