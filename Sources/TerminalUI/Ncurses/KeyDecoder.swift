import CNcursesw

/// Maps what ncurses `get_wch` returns to ``Key``: function-key codes (status `KEY_CODE_YES`)
/// and wide characters (status `OK`). Vi keys and other app bindings are not decided here.
public enum KeyDecoder {
  /// The `get_wch` status for a function key (`KEY_CODE_YES`).
  public static let functionKeyStatus = Int32(KEY_CODE_YES)
  /// The `get_wch` status for a character (`OK`).
  public static let characterStatus = Int32(OK)

  /// The key for one `get_wch` result, or `nil` for `ERR` (no input before the timeout).
  ///
  /// `size` is read only for `KEY_RESIZE`, to report the new size with the event.
  public static func decode(status: Int32, code: UInt32, size: () -> Size) -> Key? {
    switch status {
    case functionKeyStatus: return functionKey(Int32(bitPattern: code), size: size)
    case characterStatus: return character(code)
    default: return nil
    }
  }

  /// The key for an ncurses function-key code (`KEY_UP`, `KEY_NPAGE`, `KEY_RESIZE`, ...).
  public static func functionKey(_ code: Int32, size: () -> Size) -> Key {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_BTAB: return .backTab
    case KEY_RESIZE: return .resize(size())
    default: return .unknown(UInt32(bitPattern: code))
    }
  }

  /// The key for a character code: Enter, Tab, Escape, Backspace, Ctrl chords, or a grapheme.
  ///
  /// Ctrl-H, Ctrl-I, Ctrl-J and Ctrl-M are the same bytes as Backspace, Tab and Enter and
  /// arrive as those; Ctrl-C normally arrives as ``Key/interrupted(_:)`` (SIGINT) instead.
  public static func character(_ code: UInt32) -> Key {
    switch code {
    case 0x0A, 0x0D: return .enter
    case 0x09: return .tab
    case 0x1B: return .escape
    case 0x08, 0x7F: return .backspace
    case 0x00: return .ctrl("@")
    case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(UInt8(0x60 + code))))
    case 0x1C...0x1F: return .ctrl(Character(Unicode.Scalar(UInt8(0x40 + code))))
    case 0x80...0x9F: return .unknown(code)
    default:
      guard let scalar = Unicode.Scalar(code) else { return .unknown(code) }
      return .character(Character(scalar))
    }
  }
}
