import Foundation
import TerminalUI

/// The executable's only way to standard output and standard error. Note text reaches both
/// (headings, terms, paths in messages), so everything written is passed through the terminal
/// sanitiser the TUI uses, in its stream form (`TerminalText.sanitizeStream`): a note cannot send the terminal
/// an escape sequence or a bidi override. JSON is escaped by `JSONSafeText.escape` where it is
/// encoded, so it passes here unchanged.
enum TerminalOutput {
  /// Writes `text` (sanitised) to `handle` at once, unbuffered.
  static func write(_ text: String, to handle: FileHandle) {
    handle.write(Data(TerminalText.sanitizeStream(text).utf8))
  }
}

/// Swift's `print`, shadowed for this module so that no line of the executable bypasses the
/// sanitiser: the same arguments, written through ``TerminalOutput``.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
  let text = items.map { String(describing: $0) }.joined(separator: separator) + terminator
  TerminalOutput.write(text, to: .standardOutput)
}

/// Writes lines to standard error, sanitised.
enum StandardError {
  static func print(_ line: String) {
    TerminalOutput.write(line + "\n", to: .standardError)
  }
}
