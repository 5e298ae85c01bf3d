import Dispatch
import Foundation
import StudyCore

/// A stable 64-bit digest of everything the store keeps about a question (a multiply-xorshift
/// over the fields' UTF-8, eight bytes at a time, each field closed by its length). Unlike
/// `Hasher` it is the same in every process, so reconcile can tell an unchanged question from an
/// edited one without reading its text back.
struct QuestionFingerprint {
  private var state: UInt64 = 0xcbf2_9ce4_8422_2325

  /// The digest of `question`, as a signed value for an SQLite integer column.
  static func of(_ question: Question) -> Int64 {
    var hasher = QuestionFingerprint()
    hasher.add(question.id)
    hasher.add(question.kind.rawValue)
    hasher.add(question.format.rawValue)
    hasher.add(question.prompt)
    hasher.add(question.keys)
    hasher.add(question.options)
    hasher.add(question.aliases)
    hasher.add(question.explanation)
    hasher.add(question.source.document)
    hasher.add(question.source.path)
    hasher.mix(UInt64(bitPattern: Int64(question.source.line)))
    hasher.add(question.source.headingPath)
    hasher.add(question.topic)
    hasher.add(question.terms)
    hasher.add(question.siblingGroup)
    hasher.add(question.language.rawValue)
    hasher.mix(UInt64(bitPattern: Int64(question.order)))
    return Int64(bitPattern: hasher.state)
  }

  /// The digests of `questions`, in order, worked out on every core for a large bank.
  static func of(all questions: [Question]) -> [Int64] {
    let count = questions.count
    guard count >= 8192 else { return questions.map(of) }
    var digests = [Int64](repeating: 0, count: count)
    let chunks = ProcessInfo.processInfo.activeProcessorCount * 4
    let size = (count + chunks - 1) / chunks
    digests.withUnsafeMutableBufferPointer { buffer in
      // Each chunk writes its own slice of the buffer, which outlives the concurrent loop.
      nonisolated(unsafe) let output = buffer
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        for index in (chunk * size)..<min(count, (chunk + 1) * size) {
          output[index] = of(questions[index])
        }
      }
    }
    return digests
  }

  /// The digest of a whole bank: its questions' ids and digests in order.
  static func ofBank(_ fingerprints: [(id: String, fingerprint: Int64)]) -> Int64 {
    var hasher = QuestionFingerprint()
    for (id, fingerprint) in fingerprints {
      hasher.add(id)
      hasher.mix(UInt64(bitPattern: fingerprint))
    }
    return Int64(bitPattern: hasher.state)
  }

  private mutating func add(_ text: String) {
    var text = text
    text.withUTF8 { bytes in add(UnsafeRawBufferPointer(bytes)) }
  }

  private mutating func add(_ list: [String]) {
    for item in list { add(item) }
    mix(0x1E)
  }

  /// Eight bytes at a time (little-endian), then the tail with the length, so that field
  /// boundaries count.
  private mutating func add(_ bytes: UnsafeRawBufferPointer) {
    var offset = 0
    while offset + 8 <= bytes.count {
      mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
      offset += 8
    }
    var tail = UInt64(bytes.count) << 56
    var shift: UInt64 = 0
    while offset < bytes.count {
      tail |= UInt64(bytes[offset]) << shift
      shift += 8
      offset += 1
    }
    mix(tail)
  }

  private mutating func mix(_ word: UInt64) {
    state = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
    state ^= state >> 29
  }
}
