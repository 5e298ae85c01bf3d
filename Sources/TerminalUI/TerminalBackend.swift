/// Where frames are painted and keys come from: a real terminal or a test double.
///
/// The app draws a whole frame into a ``Buffer`` every time something changes and hands it to
/// ``draw(_:cursor:)``; the backend compares it with the previous frame and writes only the
/// cells that changed. A loop looks like this (``VirtualTerminal`` runs the same loop in tests;
/// its `readKey` returns `nil` once the scripted keys are used up, so a test loop ends there):
///
/// ```swift
/// let terminal = try NcursesBackend()
/// defer { terminal.shutdown() }
/// while !model.isFinished {
///   var frame = Buffer(size: terminal.size)
///   let cursor = model.render(into: &frame)  // too small? render TooSmallNotice instead
///   terminal.draw(frame, cursor: cursor)
///   guard let key = terminal.readKey(timeout: .seconds(1)) else { continue }
///   if case .interrupted = key { break }  // terminal already restored: save and exit
///   model.update(key)  // .resize(size) needs nothing: the next frame has the new size
/// }
/// ```
public protocol TerminalBackend: AnyObject {
  /// The terminal's current size in cells.
  var size: Size { get }

  /// Paints `frame`, writing only the cells that changed since the last frame, then shows the
  /// cursor at `cursor` (where an IME composes) or hides it when `nil`.
  func draw(_ frame: Buffer, cursor: Point?)

  /// The next input event, waiting at most `timeout` (forever when `nil`); `nil` if none came.
  ///
  /// A resize arrives as ``Key/resize(_:)``; a SIGINT, SIGTERM or SIGHUP as
  /// ``Key/interrupted(_:)`` after the terminal has been restored.
  func readKey(timeout: Duration?) -> Key?

  /// Restores the terminal to how it was before the app started; safe to call twice.
  func shutdown()
}

extension TerminalBackend {
  /// Paints `frame` with the cursor hidden.
  public func draw(_ frame: Buffer) {
    draw(frame, cursor: nil)
  }
}
