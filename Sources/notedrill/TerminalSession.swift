import ArgumentParser
import NoteDrillApp
import TerminalUI

/// The one full-screen run loop of the executable: opens the ncurses terminal, runs the app
/// model on it, restores the terminal on every way out and maps the end to an exit status
/// (1 after an error, 128 + the signal after an interruption).
enum TerminalSession {
  /// Runs `model` with `services` (and weak topics and checklists from `study`); with
  /// `tickInterval`, a screen with a running clock redraws on its own.
  static func run(
    _ model: AppModel, services: AppServices, study: StudyPlanServices? = nil,
    tickInterval: Duration? = nil
  ) throws {
    let terminal: NcursesBackend
    do {
      terminal = try NcursesBackend()
    } catch {
      StandardError.print("error: \(error)")
      throw ExitCode(1)
    }
    let runner = AppRunner(
      model: model, backend: terminal, services: services, clock: StoreAccess.now,
      tickInterval: tickInterval, study: study)
    do {
      try runner.run()
    } catch {
      terminal.shutdown()
      StandardError.print("error: \(error)")
      throw ExitCode(1)
    }
    terminal.shutdown()
    if let signal = runner.interruption { throw ExitCode(signal.exitStatus) }
  }
}
