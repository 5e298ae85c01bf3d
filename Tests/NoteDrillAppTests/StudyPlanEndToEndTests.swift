import Foundation
import ProgressStore
import TerminalUI
import TestSupport
import Testing

/// The built `notedrill` in tmux: the home menu's Checklists (Space ticks in the store, `w`
/// writes the tick into the note) and Weak topics, then quit; the note and the store then hold
/// exactly that.
@Suite(.enabled(if: TmuxSession.isAvailable("notedrill"), "needs tmux and the notedrill binary"))
struct StudyPlanEndToEndTests {
  static let note = """
    # 점검 노트

    ## Route 53

    - **Route 53**: AWS의 관리형 DNS 서비스
    - **호스팅 영역**: 한 도메인의 DNS 레코드를 담는 컨테이너

    ## 체크리스트

    - [ ] Route 53 호스팅 영역 이해
    - [ ] 레코드 관리 익히기

    """

  @Test func checklistTickedAndWrittenBackThenWeakTopics() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-e2e-study-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let notes = root.appendingPathComponent("notes")
    try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
    let file = notes.appendingPathComponent("check.md")
    try Data(Self.note.utf8).write(to: file)
    let home = root.appendingPathComponent("home")
    let session = try TmuxSession(
      product: "notedrill", width: 80, height: 24, patience: .seconds(30),
      arguments: ["--notes", notes.path],
      environment: "NOTEDRILL_HOME='\(home.path)' NOTEDRILL_NOW=2024-03-01T09:00:00Z TZ=UTC")
    try session.waitForScreen("the home screen", timeout: .seconds(90)) {
      $0.contains { $0.contains("4. Checklists") }
    }
    try session.send(keys: "4")
    try session.waitForScreen("the checklists") {
      $0.first?.contains("NoteDrill · Checklists") == true
        && $0.first?.hasSuffix("0/2 done") == true
    }
    try session.send(keys: "Space")
    try session.waitForScreen("the tick") { $0.first?.hasSuffix("1/2 done") == true }
    #expect(try String(contentsOf: file, encoding: .utf8) == Self.note)
    try session.send(keys: "w")
    try session.waitForScreen("the write-back") {
      $0.contains { $0.contains("Written to check:") }
    }
    try session.send(keys: "q")
    try session.waitForScreen("home again") { $0.contains { $0.contains("3. Weak topics") } }
    try session.send(keys: "3")
    try session.waitForScreen("the weak topics") {
      $0.first?.contains("NoteDrill · Weak topics") == true
        && $0.contains { $0.contains("0 started") }
    }
    try session.send(keys: "q")
    try session.waitForScreen("home once more") { $0.contains { $0.contains("1. Daily drill") } }
    try session.send(keys: "q")
    #expect(try session.waitForExit() == 0)

    #expect(
      try String(contentsOf: file, encoding: .utf8)
        == Self.note.replacingOccurrences(of: "- [ ] Route 53", with: "- [x] Route 53"))
    let database = try AppDatabase.open(
      at: home.appendingPathComponent("progress.sqlite"), now: Date())
    let rows = try database.checklistItems()
    #expect(rows.map(\.text) == ["Route 53 호스팅 영역 이해"])
    #expect(rows.map(\.isChecked) == [true])
    #expect(try database.reviewLog().isEmpty)
  }
}
