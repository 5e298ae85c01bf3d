import Foundation

/// The bank cache's file format: a built bank as bytes, and back, without JSON. Every
/// distinct string is stored once; questions are records of string numbers; a sorted table of
/// id hashes finds one question without decoding the rest (a launch needs only today's); the
/// whole file ends in a ``ContentHash`` of everything before it, so a truncated, corrupt or
/// foreign file is refused, never trusted.
///
/// Layout (integers little-endian): magic `NDBANK` + format, the key, named extras, the
/// string table, the question records with their offsets and id table, the report and audit
/// (JSON, read only when asked for), the checksum.
public enum BankArchive {
  static let magic = Array("NDBANK02".utf8)

  /// The archive of `bank`, for `key` (what it was built from), with `extras` (small named
  /// values the loader keeps beside it, such as the store's digest of the bank).
  public static func encode(_ bank: QuestionBank, key: String, extras: [String: String] = [:])
    -> [UInt8]
  {
    var writer = ArchiveWriter()
    writer.bytes += magic
    writer.string(key)
    let sortedExtras = extras.sorted { $0.key < $1.key }
    writer.u32(sortedExtras.count)
    for (name, value) in sortedExtras {
      writer.string(name)
      writer.string(value)
    }
    var pool = StringPool()
    let records = bank.questions.map { QuestionRecord($0, &pool) }
    writer.u32(pool.strings.count)
    var offset = 0
    writer.u32(0)
    for string in pool.strings {
      offset += string.utf8.count
      writer.u32(offset)
    }
    for string in pool.strings { writer.bytes += Array(string.utf8) }
    writer.u32(records.count)
    var encoded: [[UInt8]] = []
    var position = 0
    for record in records {
      var one = ArchiveWriter()
      record.write(&one)
      writer.u32(position)
      position += one.bytes.count
      encoded.append(one.bytes)
    }
    writer.u32(position)
    let table = bank.questions.enumerated().map { (idHash($0.element.id), UInt32($0.offset)) }
      .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    for (hash, index) in table {
      writer.u64(hash)
      writer.u32(Int(index))
    }
    for bytes in encoded { writer.bytes += bytes }
    writer.blob(json(bank.report))
    writer.blob(json(bank.audit))
    let checksum = ContentHash.of(writer.bytes)
    writer.u64(checksum.high)
    writer.u64(checksum.low)
    return writer.bytes
  }

  /// The archive read back, or `nil` when it is not a whole, uncorrupted archive for `key`.
  public static func open(_ bytes: [UInt8], key: String) -> BankSnapshot? {
    guard bytes.count >= magic.count + 16, Array(bytes.prefix(magic.count)) == magic else {
      return nil
    }
    let body = bytes.count - 16
    let stored = bytes.withUnsafeBytes { raw -> ContentHash in
      ContentHash(
        high: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: body, as: UInt64.self)),
        low: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: body + 8, as: UInt64.self)))
    }
    let actual = bytes.withUnsafeBytes {
      ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[..<body]))
    }
    guard stored == actual else { return nil }
    return BankSnapshot(bytes: bytes, end: body, key: key)
  }

  /// The hash the id table is sorted by.
  static func idHash(_ id: String) -> UInt64 { ContentHash.of(id).low }

  private static func json<T: Encodable>(_ value: T) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return (try? encoder.encode(value)).map { Array($0) } ?? []
  }
}

/// Distinct strings in first-use order, numbered.
struct StringPool {
  var strings: [String] = []
  private var numbers: [String: UInt32] = [:]

  mutating func number(_ string: String) -> UInt32 {
    if let known = numbers[string] { return known }
    let made = UInt32(strings.count)
    numbers[string] = made
    strings.append(string)
    return made
  }
}

/// One question as string numbers.
struct QuestionRecord {
  var strings: [UInt32] = []
  var lists: [[UInt32]] = []
  var line: Int
  var order: Int

  init(_ question: Question, _ pool: inout StringPool) {
    strings = [
      question.id, question.kind.rawValue, question.format.rawValue, question.prompt,
      question.explanation, question.source.document, question.source.path, question.topic,
      question.siblingGroup, question.language.rawValue,
    ].map { pool.number($0) }
    lists = [
      question.keys, question.options, question.aliases, question.source.headingPath,
      question.terms,
    ].map { $0.map { pool.number($0) } }
    line = question.source.line
    order = question.order
  }

  func write(_ writer: inout ArchiveWriter) {
    for number in strings { writer.u32(Int(number)) }
    for list in lists {
      writer.u32(list.count)
      for number in list { writer.u32(Int(number)) }
    }
    writer.u64(UInt64(bitPattern: Int64(line)))
    writer.u64(UInt64(bitPattern: Int64(order)))
  }
}

/// Appends little-endian integers and length-prefixed bytes.
struct ArchiveWriter {
  var bytes: [UInt8] = []

  mutating func u32(_ value: Int) {
    let word = UInt32(truncatingIfNeeded: value)
    for shift in stride(from: 0, to: 32, by: 8) {
      bytes.append(UInt8(truncatingIfNeeded: word >> shift))
    }
  }

  mutating func u64(_ value: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) {
      bytes.append(UInt8(truncatingIfNeeded: value >> shift))
    }
  }

  mutating func string(_ text: String) { blob(Array(text.utf8)) }

  mutating func blob(_ data: [UInt8]) {
    u32(data.count)
    bytes += data
  }
}
