import CNcursesw

/// The only caller of the shim's `nd_signal_*` functions: their C state is `static`, one copy
/// per object file, so every call must come from this one file.
enum NcursesSignals {
  /// Remembers the terminal modes for the emergency restore (before ncurses changes them).
  static func saveTerminalModes() {
    nd_signal_save_modes()
  }

  /// Records the escape sequences that undo the screen setup (attributes off, cursor shown,
  /// keypad off, alternate screen left), for the emergency restore on a second signal.
  static func prepareEmergencyReset() {
    for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
      nd_signal_add_reset_capability(capability)
    }
  }

  /// Installs the SIGINT/SIGTERM/SIGHUP handler; returns whether all three were installed.
  static func install() -> Bool {
    nd_signal_install() == 0
  }

  /// Tells the handler the terminal is restored, so a later signal only ends the process.
  static func markRestored() {
    nd_signal_mark_restored()
  }

  /// The first termination signal that arrived, if any.
  static var pending: TerminationSignal? {
    TerminationSignal(rawValue: nd_signal_pending_number())
  }
}
