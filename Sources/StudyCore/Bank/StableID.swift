import Foundation

/// Stable identifiers and seeds: FNV-1a (64-bit) over NFC-normalised text, so the same fact
/// gets the same id on every machine and in every run.
public enum StableID {
  /// A 64-bit hash of the parts, each NFC-normalised, separated so ("ab","c") ≠ ("a","bc").
  public static func hash(_ parts: [String]) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for part in parts {
      for byte in nfc(part).utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
      }
      hash ^= 0x1F
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// NFC form; ASCII and precomposed Hangul are already in it, and are most of every id.
  static func nfc(_ text: String) -> String {
    let simple = text.unicodeScalars.allSatisfy {
      $0.isASCII || (0xAC00...0xD7A3).contains($0.value)
    }
    return simple ? text : text.precomposedStringWithCanonicalMapping
  }

  /// `prefix` followed by the hash as 16 lowercase hex digits.
  public static func make(_ prefix: String, _ parts: [String]) -> String {
    let hex = String(hash(parts), radix: 16)
    return prefix + String(repeating: "0", count: 16 - hex.count) + hex
  }
}

/// A small deterministic random source (SplitMix64) for shuffles seeded per question.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator from a seed.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
