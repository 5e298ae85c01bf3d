import Foundation

/// Values per question id, read off the review log without making a `String` for each of its
/// million rows: an id that is `q` and 16 lowercase hex digits (every id the bank makes) is
/// keyed by its number, any other id by its text.
struct QuestionKeyMap<Value> {
  private var byNumber: [UInt64: Value] = [:]
  private var byText: [String: Value] = [:]

  init(capacity: Int) {
    byNumber.reserveCapacity(capacity)
  }

  /// Changes the value for the id whose UTF-8 text is `bytes` (`initial` when new).
  mutating func update<T>(
    bytes: UnsafeRawBufferPointer, initial: Value, _ change: (inout Value) -> T
  ) -> T {
    if let number = Self.number(bytes) { return change(&byNumber[number, default: initial]) }
    return change(&byText[String(decoding: bytes, as: UTF8.self), default: initial])
  }

  /// The value for `id`, if any.
  subscript(id: String) -> Value? {
    if let number = Self.number(Data(id.utf8)) { return byNumber[number] }
    return byText[id]
  }

  /// The number of `q` + 16 lowercase hex digits, else `nil`.
  static func number(_ bytes: Data) -> UInt64? {
    bytes.withUnsafeBytes { number($0) }
  }

  /// The number of `q` + 16 lowercase hex digits, else `nil`.
  static func number(_ raw: UnsafeRawBufferPointer) -> UInt64? {
    guard raw.count == 17, let base = raw.baseAddress, base.load(as: UInt8.self) == 0x71 else {
      return nil
    }
    var value: UInt64 = 0
    for offset in 1..<17 {
      let byte = base.load(fromByteOffset: offset, as: UInt8.self)
      let digit: UInt8
      switch byte {
      case 0x30...0x39: digit = byte - 0x30
      case 0x61...0x66: digit = byte - 0x61 + 10
      default: return nil
      }
      value = value << 4 | UInt64(digit)
    }
    return value
  }
}
