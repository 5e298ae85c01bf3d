import Foundation
import NoteOutline
import StudyCore

/// What the bank cache's key takes as the generator's version: this executable's GNU build id
/// (the linker's hash of everything linked into it, the question generators included, so any
/// change to the code that builds the bank gives another id) and cmark-gfm's version. Without
/// a build id the executable's bytes are hashed instead.
enum GeneratorVersion {
  static let current: String = {
    let build = buildID() ?? executableDigest() ?? "unknown-\(Date().timeIntervalSince1970)"
    return "build \(build); cmark \(ParserVersion.cmark)"
  }()

  /// The executable's `NT_GNU_BUILD_ID` note, read from its ELF program headers (64-bit
  /// little-endian ELF; anything else gives `nil`).
  static func buildID() -> String? {
    guard let handle = FileHandle(forReadingAtPath: "/proc/self/exe") else { return nil }
    defer { try? handle.close() }
    guard let head = try? handle.read(upToCount: 1 << 16), head.count >= 64,
      head.starts(with: [0x7F, 0x45, 0x4C, 0x46, 2, 1])
    else { return nil }
    let bytes = [UInt8](head)
    func integer(_ offset: Int, _ size: Int) -> Int? {
      guard offset >= 0, offset + size <= bytes.count else { return nil }
      var value = 0
      for index in (0..<size).reversed() { value = value << 8 | Int(bytes[offset + index]) }
      return value
    }
    guard let table = integer(0x20, 8), let entrySize = integer(0x36, 2),
      let count = integer(0x38, 2)
    else { return nil }
    for index in 0..<count {
      let entry = table + index * entrySize
      guard let type = integer(entry, 4), type == 4, let offset = integer(entry + 8, 8),
        let size = integer(entry + 32, 8)
      else { continue }
      let notes: [UInt8]
      if offset + size <= bytes.count {
        notes = Array(bytes[offset..<(offset + size)])
      } else {
        guard (try? handle.seek(toOffset: UInt64(offset))) != nil,
          let data = try? handle.read(upToCount: size)
        else { continue }
        notes = [UInt8](data)
      }
      let found = notes.withUnsafeBytes { raw -> String? in
        guard let base = raw.baseAddress else { return nil }
        return buildID(inNotes: base, size: raw.count)
      }
      if let found { return found }
    }
    return nil
  }

  /// Finds the GNU build id among ELF notes (`namesz`, `descsz`, `type`, name, desc; 4-aligned).
  static func buildID(inNotes start: UnsafeRawPointer, size: Int) -> String? {
    var offset = 0
    func aligned(_ value: Int) -> Int { (value + 3) & ~3 }
    while offset + 12 <= size {
      let nameSize = Int(start.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
      let descSize = Int(start.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
      let type = start.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
      let name = offset + 12
      let desc = name + aligned(nameSize)
      guard desc + descSize <= size else { return nil }
      if type == 3, nameSize == 4,
        start.loadUnaligned(fromByteOffset: name, as: UInt32.self) == 0x0055_4E47
      {
        let bytes = UnsafeRawBufferPointer(start: start + desc, count: descSize)
        return bytes.map { String(format: "%02x", $0) }.joined()
      }
      offset = desc + aligned(descSize)
    }
    return nil
  }

  /// A digest of the executable file's bytes.
  static func executableDigest() -> String? {
    guard let data = FileManager.default.contents(atPath: "/proc/self/exe") else { return nil }
    return data.withUnsafeBytes { ContentHash.of($0).hex }
  }
}
