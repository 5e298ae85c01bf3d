import Foundation
import StudyCore
import TestSupport
import Testing

@testable import ProgressStore

/// Runs the built `notedrill` binary's hidden `store exercise` command, which answers
/// synthetic reviews and prints `answered ID` after each commit.
struct ExerciseProcess {
  let process = Process()
  let output = Pipe()
  let errors = Pipe()

  /// The built binary, beside the test bundle.
  static var binary: URL? {
    BuiltProduct.path("notedrill").map { URL(fileURLWithPath: $0) }
  }

  /// A folder of notes small enough that the bank builds at once (18 questions).
  static func writeNotes(in folder: URL) throws -> URL {
    let notes = folder.appendingPathComponent("notes")
    try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
    let text = """
      # Mini AWS

      ## Load balancing

      - **ALB**: 7계층 HTTP/HTTPS 트래픽을 분산하는 로드 밸런서
      - **NLB**: 4계층 TCP/UDP 트래픽을 초고성능으로 분산하는 로드 밸런서
      - **GWLB**: 서드파티 가상 어플라이언스로 트래픽을 보내는 로드 밸런서

      ## Storage

      - **S3**: 객체 스토리지 서비스로 무제한 용량을 제공
      - **EBS**: EC2 인스턴스에 붙는 블록 스토리지
      - **EFS**: 여러 인스턴스가 공유하는 파일 스토리지

      """
    try Data(text.utf8).write(to: notes.appendingPathComponent("mini.md"))
    return notes
  }

  init(home: URL, notes: URL, arguments: [String]) throws {
    process.executableURL = try #require(Self.binary)
    process.arguments = ["store", "exercise", "--notes", notes.path] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["NOTEDRILL_HOME"] = home.path
    environment["SWIFT_BACKTRACE"] = "enable=no"
    environment.removeValue(forKey: "NOTEDRILL_NOW")
    process.environment = environment
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
  }

  /// Everything it printed, once it has ended.
  func finish() -> (status: Int32, acknowledged: [Int64], errors: String) {
    let printed = output.fileHandleForReading.readDataToEndOfFile()
    let errorText = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, Self.ids(printed), errorText)
  }

  /// Reads until `count` answers are acknowledged, then kills the process with SIGKILL.
  func kill(afterAcknowledging count: Int) -> [Int64] {
    var printed = Data()
    while Self.ids(printed).count < count {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      printed.append(chunk)
    }
    Foundation.kill(process.processIdentifier, SIGKILL)
    printed.append(output.fileHandleForReading.readDataToEndOfFile())
    process.waitUntilExit()
    return Self.ids(printed)
  }

  private static func ids(_ data: Data) -> [Int64] {
    String(decoding: data, as: UTF8.self).split(separator: "\n")
      .filter { $0.hasPrefix("answered ") && $0.count > 9 }
      .compactMap { Int64($0.dropFirst("answered ".count)) }
  }
}

@Suite(.enabled(if: ExerciseProcess.binary != nil))
struct MultiProcessTests {
  @Test func twoProcessesAnsweringAtOnceLoseNothing() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let notes = try ExerciseProcess.writeNotes(in: folder.url)
    let runs = try (0..<2).map { shard in
      try ExerciseProcess(
        home: folder.url, notes: notes,
        arguments: ["--answers", "150", "--shards", "2", "--shard", String(shard)])
    }
    let results = runs.map { $0.finish() }
    for result in results {
      #expect(result.status == 0)
      #expect(result.errors == "")
      #expect(result.acknowledged.count == 150)
    }
    let store = try AppDatabase.open(at: folder.store, now: Date())
    let log = try store.reviewLog()
    #expect(log.count == 300)
    #expect(Set(log.compactMap(\.id)) == Set(results.flatMap(\.acknowledged)))
    #expect(try store.check().isSound)
  }

  @Test func anAnswerAcknowledgedBeforeSIGKILLIsKept() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let notes = try ExerciseProcess.writeNotes(in: folder.url)
    let run = try ExerciseProcess(
      home: folder.url, notes: notes, arguments: ["--answers", "1000000"])
    let acknowledged = run.kill(afterAcknowledging: 40)
    #expect(run.process.terminationReason == .uncaughtSignal)
    #expect(acknowledged.count >= 40)
    let store = try AppDatabase.open(at: folder.store, now: Date())
    let logged = Set(try store.reviewLog().compactMap(\.id))
    #expect(Set(acknowledged).isSubset(of: logged))
    #expect(try store.check().isSound)
  }
}
