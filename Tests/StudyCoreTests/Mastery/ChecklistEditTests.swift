import NoteOutline
import StudyCore
import Testing

/// Ticking a checklist box in a note's bytes: one byte changes, or nothing does.
@Suite("Checklist write-back edit")
struct ChecklistEditTests {
  static let note =
    "\u{FEFF}---\r\ntitle: 점검\r\n---\r\n# 점검\r\n\r\n## 체크리스트\r\n\r\n"
    + "- [ ] Route 53 라우팅 정책 이해  \r\n* [X] **ALB** 생성\r\n"
    + "1. [ ] 복습하기\r\n   - [ ] 하위 항목\r\n> - [ ] 인용 속 항목\r\n\r\n"
    + "Q. 고르세요?\r\n\r\n- [x] 맞음\r\n- [ ] 틀림\r\n"

  static func items(_ text: String) -> [ChecklistItem] {
    Checklists.items(in: OutlineParser.parse(text, path: "note.md"))
  }

  @Test("each item is ticked and cleared by changing one byte, every other byte identical")
  func oneByte() throws {
    let bytes = Array(Self.note.utf8)
    let items = Self.items(Self.note)
    #expect(
      items.map(\.text) == [
        "Route 53 라우팅 정책 이해", "ALB 생성", "복습하기", "하위 항목",
      ])
    for item in items {
      let ticked = try ChecklistEdit.apply(item, checked: true, to: bytes, path: "note.md")
      let cleared = try ChecklistEdit.apply(item, checked: false, to: ticked, path: "note.md")
      #expect(ticked.count == bytes.count)
      let changed = zip(ticked, bytes).enumerated().filter { $0.element.0 != $0.element.1 }
      #expect(changed.count == (item.checked ? 0 : 1), "\(item.text)")
      if let position = changed.first?.offset { #expect(ticked[position] == UInt8(ascii: "x")) }
      let reparsed = Self.items(String(decoding: ticked, as: UTF8.self))
      #expect(reparsed.first { $0.id == item.id }?.checked == true)
      let back = Self.items(String(decoding: cleared, as: UTF8.self))
      #expect(back.first { $0.id == item.id }?.checked == false)
      #expect(zip(cleared, bytes).filter { $0 != $1 }.count == (item.checked ? 1 : 0))
    }
  }

  @Test("an authored choice question's task list is not a checklist")
  func authoredChoiceLeftOut() {
    #expect(!Self.items(Self.note).contains { $0.text == "맞음" || $0.text == "틀림" })
  }

  @Test("the edit is refused when the note changed: item edited, moved, or gone")
  func refusesChangedNote() throws {
    let item = try #require(Self.items(Self.note).first)
    let edited = Self.note.replacingOccurrences(of: "라우팅 정책 이해", with: "라우팅 정책 복습")
    let moved = Self.note.replacingOccurrences(of: "## 체크리스트\r\n", with: "## 체크리스트\r\n\r\n")
    for changed in [edited, moved, "# 빈 노트\n"] {
      #expect(
        throws: ChecklistEditError.noteChanged(path: "n.md", line: item.line, text: item.text)
      ) {
        _ = try ChecklistEdit.apply(item, checked: true, to: Array(changed.utf8), path: "n.md")
      }
    }
    #expect(throws: ChecklistEditError.notText(path: "n.md")) {
      _ = try ChecklistEdit.apply(item, checked: true, to: [0xFF, 0xFE, 0x00], path: "n.md")
    }
  }

  @Test("ids are stable from note and text: moving an item keeps it, a twin gets its own")
  func stableIDs() {
    let first = Self.items("# A\n\n- [ ] 하나\n- [ ] 둘\n")
    let moved = Self.items("# A\n\n새 문단\n\n- [ ] 둘\n- [ ] 하나\n")
    #expect(Set(first.map(\.id)) == Set(moved.map(\.id)))
    #expect(first[0].id == Checklists.id(document: "note", text: "하나"))
    let twins = Self.items("# A\n\n- [ ] 하나\n\n## B\n\n- [ ] 하나\n")
    #expect(twins.count == 2)
    #expect(twins[0].id != twins[1].id)
  }
}
