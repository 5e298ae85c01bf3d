import Foundation
import NoteOutline
import StudyCore
import Testing

/// Question ids follow meaning, not position: an edit script on our own notes.
struct BankStabilityTests {
  static func notes(_ texts: [(String, String)]) -> [NoteDocument] {
    texts.map { OutlineParser.parse($1, path: $0) }
  }

  static func contentTexts() throws -> [(String, String)] {
    try NoteLoader.markdownFiles(in: BankFixtures.content.path).map {
      ($0, try String(contentsOfFile: $0, encoding: .utf8))
    }
  }

  /// Swaps the first two `# ` sections after the front matter of a note.
  static func swapTopSections(_ text: String) -> String {
    let lines = text.components(separatedBy: "\n")
    let starts = lines.indices.filter { lines[$0].hasPrefix("# ") }
    guard starts.count >= 3 else { return text }
    let a = Array(lines[starts[0]..<starts[1]])
    let b = Array(lines[starts[1]..<starts[2]])
    return (Array(lines[..<starts[0]]) + b + a + Array(lines[starts[2]...])).joined(separator: "\n")
  }

  @Test func idsSurviveReorderRewordAddAndDelete() throws {
    let original = try Self.contentTexts()
    let aliases = BankFixtures.aliases
    let before = QuestionBank.build(Self.notes(original), aliases: aliases)

    var edited = original
    let architecting = try #require(edited.firstIndex { $0.0.hasSuffix("architecting-on-aws.md") })
    var text = Self.swapTopSections(edited[architecting].1)
    #expect(text != edited[architecting].1, "the sections were reordered")
    // Reword one definition.
    let oldDefinition =
      "- **Amazon Aurora**: MySQL·PostgreSQL과 호환되며 클라우드용 분산 스토리지 위에 다시 설계된 관계형 데이터베이스"
    #expect(text.contains(oldDefinition))
    text = text.replacingOccurrences(
      of: oldDefinition,
      with: "- **Amazon Aurora**: 클라우드용 분산 스토리지를 바탕으로 새로 설계한, MySQL·PostgreSQL 호환 관계형 DB")
    // Delete an unrelated bullet.
    let deleted = "  - 표준 PostgreSQL 대비 최대 3배 처리량\n"
    #expect(text.contains(deleted))
    text = text.replacingOccurrences(of: deleted, with: "")
    edited[architecting].1 = text
    // Add a file.
    edited.append(
      ("/tmp/new-note.md", "# 새 노트\n\n- **Amazon Athena**: S3의 데이터를 SQL로 바로 조회하는 서버리스 쿼리 서비스\n"))
    let after = QuestionBank.build(Self.notes(edited), aliases: aliases)

    let afterIDs = Set(after.questions.map(\.id))
    let touched: (Question) -> Bool = {
      $0.explanation.contains("PostgreSQL 대비 최대 3배") || $0.terms.contains("Amazon Aurora")
    }
    let untouched = before.questions.filter { !touched($0) }
    let kept = untouched.filter { afterIDs.contains($0.id) }
    let share = Double(kept.count) / Double(untouched.count)
    #expect(share >= 0.99, "\(kept.count) of \(untouched.count) untouched questions kept their id")
    let reworded = try #require(
      before.questions.first {
        $0.kind == .termToDefinition && $0.keys.contains { $0.contains("다시 설계된") }
      })
    // The fact keeps its id; which Aurora definition carries it after the sections swapped is
    // decided by note order, and the section's best questions by score.
    if let rewordedAfter = after.question(id: reworded.id) {
      #expect(rewordedAfter.terms == ["Amazon Aurora"])
    } else {
      #expect(
        after.report.dropped.contains {
          $0.gate == .outranked && $0.kind == .termToDefinition
            && $0.subject.contains("Amazon Aurora")
        })
    }
  }

  @Test func buildingTwiceGivesTheSameBank() throws {
    let notes = try BankFixtures.contentNotes()
    let first = QuestionBank.build(notes, aliases: BankFixtures.aliases)
    let second = QuestionBank.build(notes, aliases: BankFixtures.aliases)
    #expect(
      try BankJSON.encode(BankListing(questions: first.questions))
        == BankJSON.encode(BankListing(questions: second.questions)))
  }
}
