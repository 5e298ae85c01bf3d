import Foundation

/// A cached bank read from a ``BankArchive``: questions are decoded when asked for, so a
/// launch that needs today's few questions reads only those. Every read is bounds-checked; a
/// record that does not decode makes the snapshot answer `nil`, never crash.
public struct BankSnapshot: Sendable {
  private let bytes: [UInt8]
  /// The named values stored beside the bank.
  public let extras: [String: String]
  /// How many questions the bank holds.
  public let count: Int
  private let stringOffsets: Int
  private let stringData: Int
  private let stringCount: Int
  private let stringEnd: Int
  private let recordOffsets: Int
  private let idTable: Int
  private let records: Int
  private let report: Range<Int>
  private let audit: Range<Int>

  init?(bytes: [UInt8], end: Int, key: String) {
    self.bytes = bytes
    var reader = ArchiveReader(bytes: bytes, position: BankArchive.magic.count, end: end)
    guard let storedKey = reader.string(), storedKey == key, let extraCount = reader.u32()
    else { return nil }
    var extras: [String: String] = [:]
    for _ in 0..<extraCount {
      guard let name = reader.string(), let value = reader.string() else { return nil }
      extras[name] = value
    }
    self.extras = extras
    guard let strings = reader.u32() else { return nil }
    stringCount = strings
    stringOffsets = reader.position
    guard reader.skip((strings + 1) * 4),
      let dataLength = reader.u32(at: stringOffsets + strings * 4)
    else { return nil }
    stringData = reader.position
    stringEnd = stringData + dataLength
    guard reader.skip(dataLength), let questions = reader.u32() else { return nil }
    count = questions
    recordOffsets = reader.position
    guard reader.skip((questions + 1) * 4),
      let recordsLength = reader.u32(at: recordOffsets + questions * 4)
    else { return nil }
    idTable = reader.position
    guard reader.skip(questions * 12) else { return nil }
    records = reader.position
    guard reader.skip(recordsLength), let report = reader.blobRange(),
      let audit = reader.blobRange(), reader.position == end
    else { return nil }
    self.report = report
    self.audit = audit
  }

  /// The question at `index` (bank order).
  public func question(at index: Int) -> Question? {
    var strings = StringMemo(count: 0)
    return question(at: index, &strings)
  }

  /// The question with `id`, found through the id table.
  public func question(id: String) -> Question? {
    let hash = BankArchive.idHash(id)
    var low = 0
    var high = count
    let reader = ArchiveReader(bytes: bytes, position: idTable, end: records)
    while low < high {
      let middle = (low + high) / 2
      guard let value = reader.u64(at: idTable + middle * 12) else { return nil }
      if value < hash { low = middle + 1 } else { high = middle }
    }
    var slot = low
    while slot < count, reader.u64(at: idTable + slot * 12) == hash {
      if let index = reader.u32(at: idTable + slot * 12 + 8), let found = question(at: index),
        found.id == id
      {
        return found
      }
      slot += 1
    }
    return nil
  }

  /// Every question, in bank order; `nil` when a record does not decode.
  public func allQuestions() -> [Question]? {
    var strings = StringMemo(count: stringCount)
    var result: [Question] = []
    result.reserveCapacity(count)
    for index in 0..<count {
      guard let question = question(at: index, &strings) else { return nil }
      result.append(question)
    }
    return result
  }

  /// The whole bank (questions, report, audit); `nil` when any part does not decode.
  public func bank() -> QuestionBank? {
    guard let questions = allQuestions(),
      let report = decode(BankReport.self, report), let audit = decode(BankAudit.self, audit)
    else { return nil }
    return QuestionBank(questions: questions, report: report, audit: audit)
  }

  /// The gates' report alone.
  public func gateReport() -> BankReport? { decode(BankReport.self, report) }

  private func decode<T: Decodable>(_ type: T.Type, _ range: Range<Int>) -> T? {
    try? JSONDecoder().decode(type, from: Data(bytes[range]))
  }

  /// Strings decoded once per full read.
  private struct StringMemo {
    var values: [String?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
  }

  private func string(_ number: Int, _ memo: inout StringMemo) -> String? {
    if number < memo.values.count, let known = memo.values[number] { return known }
    guard number < stringCount else { return nil }
    let reader = ArchiveReader(bytes: bytes, position: stringOffsets, end: stringData)
    guard let start = reader.u32(at: stringOffsets + number * 4),
      let end = reader.u32(at: stringOffsets + number * 4 + 4), start <= end,
      stringData + end <= stringEnd
    else { return nil }
    let text = bytes.withUnsafeBufferPointer { buffer in
      String(
        decoding: UnsafeBufferPointer(rebasing: buffer[(stringData + start)..<(stringData + end)]),
        as: UTF8.self)
    }
    if number < memo.values.count { memo.values[number] = text }
    return text
  }

  private func question(at index: Int, _ memo: inout StringMemo) -> Question? {
    guard index >= 0, index < count else { return nil }
    let table = ArchiveReader(bytes: bytes, position: recordOffsets, end: idTable)
    guard let offset = table.u32(at: recordOffsets + index * 4) else { return nil }
    var reader = ArchiveReader(bytes: bytes, position: records + offset, end: report.lowerBound)
    var fields: [String] = []
    for _ in 0..<10 {
      guard let number = reader.u32(), let text = string(number, &memo) else { return nil }
      fields.append(text)
    }
    var lists: [[String]] = []
    for _ in 0..<5 {
      guard let length = reader.u32(), length <= count * 64 + 1024 else { return nil }
      var list: [String] = []
      list.reserveCapacity(length)
      for _ in 0..<length {
        guard let number = reader.u32(), let text = string(number, &memo) else { return nil }
        list.append(text)
      }
      lists.append(list)
    }
    guard let line = reader.u64(), let order = reader.u64(),
      let kind = QuestionKind(rawValue: fields[1]), let format = AnswerFormat(rawValue: fields[2]),
      let language = NoteLanguage(rawValue: fields[9])
    else { return nil }
    return Question(
      id: fields[0], kind: kind, format: format, prompt: fields[3], keys: lists[0],
      options: lists[1], aliases: lists[2], explanation: fields[4],
      source: SourceReference(
        document: fields[5], path: fields[6], line: Int(Int64(bitPattern: line)),
        headingPath: lists[3]),
      topic: fields[7], terms: lists[4], siblingGroup: fields[8], language: language,
      order: Int(Int64(bitPattern: order)))
  }
}

/// Reads little-endian integers and length-prefixed bytes, refusing to read past `end`.
struct ArchiveReader {
  let bytes: [UInt8]
  var position: Int
  let end: Int

  func u32(at offset: Int) -> Int? {
    guard offset >= 0, offset + 4 <= end else { return nil }
    return bytes.withUnsafeBytes {
      Int(UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
    }
  }

  func u64(at offset: Int) -> UInt64? {
    guard offset >= 0, offset + 8 <= end else { return nil }
    return bytes.withUnsafeBytes {
      UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
  }

  mutating func u32() -> Int? {
    guard let value = u32(at: position) else { return nil }
    position += 4
    return value
  }

  mutating func u64() -> UInt64? {
    guard let value = u64(at: position) else { return nil }
    position += 8
    return value
  }

  mutating func skip(_ count: Int) -> Bool {
    guard count >= 0, position + count <= end else { return false }
    position += count
    return true
  }

  mutating func blobRange() -> Range<Int>? {
    guard let length = u32(), position + length <= end else { return nil }
    defer { position += length }
    return position..<(position + length)
  }

  mutating func string() -> String? {
    guard let range = blobRange() else { return nil }
    return String(decoding: bytes[range], as: UTF8.self)
  }
}
