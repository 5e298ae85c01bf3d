import NoteOutline

/// Why a checklist item could not be written back to its note.
public enum ChecklistEditError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The note is not UTF-8 text.
  case notText(path: String)
  /// The item is no longer at the line it was listed at (the note was edited since).
  case noteChanged(path: String, line: Int, text: String)

  /// One line for the user.
  public var description: String {
    switch self {
    case .notText(let path): "\(path): error: the note is not UTF-8 text; it was left unchanged"
    case .noteChanged(let path, let line, let text):
      "\(path):\(line): error: the note changed since it was listed (no \"- [ ] \(text)\" "
        + "there now); it was left unchanged. List the checklists again and retry."
    }
  }
}

/// Ticks or clears one checklist box in a note's bytes, changing that one byte only.
public enum ChecklistEdit {
  /// `bytes` (the note at `path`) with `item`'s box set to `checked`. The note is parsed again
  /// and must still hold the same item (same id) at the same line; otherwise nothing is
  /// changed and ``ChecklistEditError/noteChanged(path:line:text:)`` is thrown.
  public static func apply(
    _ item: ChecklistItem, checked: Bool, to bytes: [UInt8], path: String
  ) throws(ChecklistEditError) -> [UInt8] {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .notText(path: path)
    }
    let current = Checklists.items(in: OutlineParser.parse(text, path: path))
    guard current.contains(where: { $0.id == item.id && $0.line == item.line }),
      let box = boxOffset(in: bytes, line: item.line)
    else { throw .noteChanged(path: path, line: item.line, text: item.text) }
    var result = bytes
    result[box] = checked ? UInt8(ascii: "x") : UInt8(ascii: " ")
    // An `X` already ticked stays as written.
    if checked, bytes[box] == UInt8(ascii: "X") { result[box] = bytes[box] }
    return result
  }

  /// The offset of the character inside `[ ]` of the task item on 1-based `line`: after
  /// indentation and block-quote markers, a list marker (`-`, `*`, `+`, `1.`, `1)`), spaces.
  static func boxOffset(in bytes: [UInt8], line: Int) -> Int? {
    var start = 0
    var current = 1
    while current < line {
      guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
      start = newline + 1
      current += 1
    }
    let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
    var index = start
    func skip(_ allowed: Set<UInt8>) {
      while index < end, allowed.contains(bytes[index]) { index += 1 }
    }
    skip([0x20, 0x09, UInt8(ascii: ">")])
    guard index < end else { return nil }
    if [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(bytes[index]) {
      index += 1
    } else {
      let digits = index
      while index < end, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
        index += 1
      }
      guard index > digits, index < end,
        [UInt8(ascii: "."), UInt8(ascii: ")")].contains(bytes[index])
      else { return nil }
      index += 1
    }
    let marker = index
    skip([0x20, 0x09])
    guard index > marker, index + 2 < end, bytes[index] == UInt8(ascii: "["),
      bytes[index + 2] == UInt8(ascii: "]"),
      [UInt8(ascii: " "), UInt8(ascii: "x"), UInt8(ascii: "X")].contains(bytes[index + 1])
    else { return nil }
    return index + 1
  }
}
