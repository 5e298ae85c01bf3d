/// A fast 128-bit digest of bytes (two multiply-xorshift lanes over 8-byte words, the length
/// folded in): the bank cache's key for a note's bytes and the checksum of a cache file. It is
/// the same in every process and on every machine; it is not cryptographic, and needs not be:
/// the cache only has to tell changed bytes from unchanged ones.
public struct ContentHash: Hashable, Sendable {
  /// The two 64-bit halves.
  public var high: UInt64
  /// The low half.
  public var low: UInt64

  private static let seedHigh: UInt64 = 0x243F_6A88_85A3_08D3
  private static let seedLow: UInt64 = 0x1319_8A2E_0370_7344

  /// Creates a digest from its halves.
  public init(high: UInt64, low: UInt64) {
    self.high = high
    self.low = low
  }

  /// The digest of `bytes`.
  public static func of(_ bytes: UnsafeRawBufferPointer) -> ContentHash {
    var a = seedHigh ^ UInt64(bytes.count)
    var b = seedLow &+ UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
    var offset = 0
    let count = bytes.count
    while offset + 16 <= count {
      let x = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      let y = UInt64(
        littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
      a = mix(a ^ x)
      b = mix(b ^ y)
      offset += 16
    }
    var tail: [UInt64] = [0, 0]
    var shift: UInt64 = 0
    var lane = 0
    while offset < count {
      tail[lane] |= UInt64(bytes[offset]) << shift
      shift += 8
      if shift == 64 {
        shift = 0
        lane += 1
      }
      offset += 1
    }
    a = mix(a ^ tail[0] ^ 0x5A)
    b = mix(b ^ tail[1] ^ 0xA5)
    // Cross the lanes so each half depends on every byte.
    let high = mix(a ^ (b >> 7) ^ (b << 13))
    let low = mix(b ^ (high >> 11) ^ (a << 5))
    return ContentHash(high: high, low: low)
  }

  /// The digest of `bytes`.
  public static func of(_ bytes: [UInt8]) -> ContentHash {
    bytes.withUnsafeBytes { of($0) }
  }

  /// The digest of a string's UTF-8.
  public static func of(_ text: String) -> ContentHash {
    var text = text
    return text.withUTF8 { of(UnsafeRawBufferPointer($0)) }
  }

  /// The digest of several digests in order (a key made of parts).
  public static func combine(_ parts: [ContentHash]) -> ContentHash {
    var words: [UInt64] = []
    words.reserveCapacity(parts.count * 2)
    for part in parts {
      words.append(part.high)
      words.append(part.low)
    }
    return words.withUnsafeBytes { of($0) }
  }

  private static func mix(_ value: UInt64) -> UInt64 {
    var x = value &* 0xBF58_476D_1CE4_E5B9
    x ^= x >> 31
    x = x &* 0x94D0_49BB_1331_11EB
    x ^= x >> 29
    return x
  }

  /// 32 lowercase hex digits.
  public var hex: String {
    func digits(_ value: UInt64) -> String {
      let text = String(value, radix: 16)
      return String(repeating: "0", count: 16 - text.count) + text
    }
    return digits(high) + digits(low)
  }
}
