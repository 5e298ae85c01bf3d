#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif

/// A string keyed by its exact UTF-8 bytes, for dictionaries of names that are hashed very
/// often while a graph is built. Swift's own `String` hashing normalises Unicode first, which
/// dominates lookups of Hangul names; here two spellings that differ in bytes are two keys,
/// which only costs a second entry, never a wrong answer, since every entry is then resolved
/// by the normalising name key.
struct RawName: Hashable, Sendable {
  /// The name as written.
  let text: String

  init(_ text: String) { self.text = text }

  static func == (lhs: RawName, rhs: RawName) -> Bool {
    guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
    let equal: Bool?? = lhs.text.utf8.withContiguousStorageIfAvailable { left in
      rhs.text.utf8.withContiguousStorageIfAvailable { right in
        guard let first = left.baseAddress, let second = right.baseAddress else { return true }
        return memcmp(first, second, left.count) == 0
      }
    }
    if let equal, let equal { return equal }
    return Array(lhs.text.utf8) == Array(rhs.text.utf8)
  }

  func hash(into hasher: inout Hasher) {
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
    }
    if done == nil {
      for byte in text.utf8 { hasher.combine(byte) }
    }
  }
}
