@testable import TerminalUI

/// A deterministic generator (SplitMix64) so randomised tests are repeatable.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}

/// Why `buffer` breaks the wide-grapheme invariant, or `nil` when every wide leader is
/// followed by its continuation and every continuation follows a wide leader.
func wideInvariantViolation(_ buffer: Buffer) -> String? {
  for y in 0..<buffer.size.height {
    for x in 0..<buffer.size.width {
      let cell = buffer[x, y]
      if cell.width == 2 && (x + 1 >= buffer.size.width || !buffer[x + 1, y].isContinuation) {
        return "wide cell at \(x),\(y) without continuation"
      }
      if cell.isContinuation && (x == 0 || buffer[x - 1, y].width != 2) {
        return "continuation at \(x),\(y) without a wide cell before it"
      }
    }
  }
  return nil
}

/// Renders `widget` into a fresh buffer of `size` covering the whole area.
func rendered(_ widget: some Widget, size: Size) -> Buffer {
  var buffer = Buffer(size: size)
  buffer.render(widget, in: buffer.area)
  return buffer
}

/// The display column where `needle` first starts in `line`, or `nil`.
func column(of needle: String, in line: String) -> Int? {
  var index = line.startIndex
  while index < line.endIndex {
    if line[index...].hasPrefix(needle) { return DisplayWidth.width(of: line[..<index]) }
    index = line.index(after: index)
  }
  return nil
}
