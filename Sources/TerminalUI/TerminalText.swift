/// Makes untrusted text (note contents, user input) safe and readable on a terminal.
///
/// Escape sequences (CSI such as `ESC [ 31 m`, OSC/DCS strings, two-byte `ESC x`) are removed,
/// tabs become spaces to the next stop, CR LF / CR / U+2028 / U+2029 become a newline, and any
/// other control character is shown as visible text: caret notation for C0 and DEL (`^A`,
/// `^?`), U+FFFD for C1. Bidirectional formatting characters (U+202A–U+202E overrides and
/// embeddings, U+2066–U+2069 isolates, U+200E/U+200F/U+061C marks) are shown as `<U+202E>`,
/// so note text cannot reorder what is around it.
///
/// This is the one terminal sanitiser: widgets run their text through
/// ``sanitize(_:keepingNewlines:tabWidth:)``, and every line the `notedrill` executable writes
/// to standard output or standard error goes through ``sanitizeStream(_:)``, the same rules
/// for a stream; ``Buffer`` additionally draws any control grapheme that still reaches it as
/// U+FFFD.
public enum TerminalText {
  /// Returns `text` with escape sequences removed and control characters made visible.
  ///
  /// With `keepingNewlines` false, line breaks become single spaces (for one-line widgets).
  public static func sanitize(
    _ text: String, keepingNewlines: Bool = true, tabWidth: Int = 4
  ) -> String {
    if DisplayWidth.printableASCIICount(text.utf8) != nil { return text }
    var output = String.UnicodeScalarView()
    var scanner = EscapeScanner()
    var column = 0
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      guard scanner.accepts(scalar) else { continue }
      let isLF = scalar.value == 0x0A
      defer { previousWasCR = scalar.value == 0x0D }
      if isLF && previousWasCR { continue }  // the CR already broke the line
      if isLF || scalar.value == 0x0D || scalar.value == 0x2028 || scalar.value == 0x2029 {
        output.append(keepingNewlines ? "\n" : " ")
        column = keepingNewlines ? 0 : column + 1
      } else if scalar.value == 0x09 {
        let spaces = max(1, tabWidth - column % max(1, tabWidth))
        for _ in 0..<spaces { output.append(" ") }
        column += spaces
      } else if DisplayWidth.isControl(scalar) {
        appendVisible(control: scalar, to: &output)
        column += scalar.value < 0x80 ? 2 : 1
      } else if isBidiControl(scalar.value) {
        let tag = bidiTag(scalar.value)
        output.append(contentsOf: tag.unicodeScalars)
        column += tag.unicodeScalars.count
      } else {
        output.append(scalar)
        column += DisplayWidth.width(of: scalar) ?? 1
      }
    }
    return String(output)
  }

  /// Text bound for a stream (standard output, a pipe, a terminal) made safe: escape sequences
  /// removed, controls and bidi characters made visible as in ``sanitize(_:keepingNewlines:tabWidth:)``,
  /// but tabs, line feeds and CR LF pairs (CSV) kept as they are; a lone CR is shown as `^M`.
  public static func sanitizeStream(_ text: String) -> String {
    guard needsWork(text.utf8) else { return text }
    var output = String.UnicodeScalarView()
    var scanner = EscapeScanner()
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      guard scanner.accepts(scalar) else { continue }
      let value = scalar.value
      let isCRLF = value == 0x0D && index + 1 < scalars.count && scalars[index + 1].value == 0x0A
      if value == 0x09 || value == 0x0A || isCRLF {
        output.append(scalar)
      } else if DisplayWidth.isControl(scalar) {
        appendVisible(control: scalar, to: &output)
      } else if isBidiControl(value) {
        output.append(contentsOf: bidiTag(value).unicodeScalars)
      } else {
        output.append(scalar)
      }
    }
    return String(output)
  }

  /// `<U+202E>`.
  static func bidiTag(_ value: UInt32) -> String {
    "<U+" + String(value, radix: 16, uppercase: true) + ">"
  }

  /// Embeddings, overrides, isolates and the directional marks.
  static func isBidiControl(_ value: UInt32) -> Bool {
    switch value {
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// Whether the UTF-8 `bytes` hold something ``sanitizeStream(_:)`` changes: a control (C0
  /// but tab and LF, DEL, C1) or a bidi control. A byte scan, so text with none (nearly all)
  /// is passed on as it is.
  static func needsWork<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for byte in bytes {
      if previous == 0x0D && byte != 0x0A { return true }  // a CR not ending a line
      if byte < 0x20 {
        if byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
      } else if byte == 0x7F {
        return true
      } else if previous == 0xC2 && byte < 0xA0 && byte >= 0x80 {
        return true  // C1
      } else if previous == 0xD8 && byte == 0x9C {
        return true  // U+061C
      } else if beforePrevious == 0xE2 && previous == 0x80
        && (byte == 0x8E || byte == 0x8F || (0xAA...0xAE).contains(byte))
      {
        return true  // U+200E, U+200F, U+202A...U+202E
      } else if beforePrevious == 0xE2 && previous == 0x81 && (0xA6...0xA9).contains(byte) {
        return true  // U+2066...U+2069
      }
      beforePrevious = previous
      previous = byte
    }
    return previous == 0x0D
  }

  /// Appends the visible stand-in for a control scalar: `^@`…`^_`, `^?`, or U+FFFD for C1.
  static func appendVisible(
    control scalar: Unicode.Scalar, to output: inout String.UnicodeScalarView
  ) {
    let value = scalar.value
    if value < 0x20 || value == 0x7F {
      output.append("^")
      output.append(Unicode.Scalar(UInt8(value == 0x7F ? 0x3F : value + 0x40)))
    } else {
      output.append("\u{FFFD}")
    }
  }
}

/// Recognises ECMA-48 escape sequences scalar by scalar, so they can be dropped.
struct EscapeScanner {
  /// Where the scanner is inside a sequence.
  enum State {
    case text
    case escape
    case escapeIntermediate
    case controlSequence
    case string
    case stringEscape
  }

  /// The current state; `.text` outside any sequence.
  var state = State.text

  /// Whether `scalar` is ordinary text (true) or part of an escape sequence (false).
  ///
  /// A sequence broken off by a control character or a non-ASCII scalar ends there, and that
  /// scalar is judged afresh, so a stray ESC cannot swallow a line break or a word.
  mutating func accepts(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    switch state {
    case .text:
      return startsSequence(value)
    case .escape, .escapeIntermediate, .controlSequence:
      guard (0x20...0x7E).contains(value) else {
        state = .text
        return startsSequence(value)
      }
      continueSequence(value)
    case .string:
      if value == 0x1B {
        state = .stringEscape
      } else if value == 0x07 || value == 0x9C {
        state = .text
      } else if value == 0x0A {
        state = .text  // an unterminated string ends with its line
        return true
      }
    case .stringEscape:
      state = value == 0x5C ? .text : .string
    }
    return false
  }

  /// Advances through the printable part of an ESC or CSI sequence.
  private mutating func continueSequence(_ value: UInt32) {
    switch state {
    case .escape: afterEscape(value)
    case .escapeIntermediate: if !(0x20...0x2F).contains(value) { state = .text }
    // Parameters and intermediates continue a control sequence; a final byte ends it.
    default: if !(0x20...0x3F).contains(value) { state = .text }
    }
  }

  /// Enters a sequence on ESC or a C1 introducer; returns whether `value` is plain text.
  private mutating func startsSequence(_ value: UInt32) -> Bool {
    switch value {
    case 0x1B: state = .escape
    case 0x9B: state = .controlSequence
    case 0x90, 0x98, 0x9D, 0x9E, 0x9F: state = .string
    default: return true
    }
    return false
  }

  /// Classifies the byte after ESC: `[` opens CSI, `]` `P` `X` `^` `_` open a string.
  private mutating func afterEscape(_ value: UInt32) {
    switch value {
    case 0x5B: state = .controlSequence
    case 0x5D, 0x50, 0x58, 0x5E, 0x5F: state = .string
    case 0x20...0x2F: state = .escapeIntermediate
    default: state = .text
    }
  }
}
