import StudyCore
import Testing

@testable import NoteDrillApp

/// What `notedrill checklist list` and the verify quiz print, from the checklist screen's
/// entries (no binary needed).
@Suite struct ChecklistTextTests {
  @Test func listGroupsByNoteAndHeadingAndCountsWhatIsDone() throws {
    try ScreenGoldens.files.expect(
      ChecklistText.list(StudyPlanScreenTests.entries).joined(separator: "\n") + "\n",
      "text/checklist-list.txt")
  }

  @Test func anEmptyListSaysWhereChecklistsComeFrom() {
    #expect(ChecklistText.list([]) == ["No study checklists (- [ ] items) in these notes."])
  }

  @Test func theVerdictSuggestsTickingOnlyWhenEveryAnswerWasRight() throws {
    let open = try #require(StudyPlanScreenTests.entries.first { !$0.isChecked })
    let ticked = try #require(StudyPlanScreenTests.entries.first { $0.isChecked })
    #expect(ChecklistText.verdict(0, of: 0, entry: open) == "Quiz stopped before any answer.")
    #expect(
      ChecklistText.verdict(3, of: 3, entry: open)
        == "All 3 right: known. Suggest ticking this item.")
    #expect(
      ChecklistText.verdict(3, of: 3, entry: ticked) == "All 3 right: known, and already ticked.")
    #expect(
      ChecklistText.verdict(2, of: 3, entry: open)
        == "2 of 3 right: not yet. Review it before ticking.")
  }

  @Test func noteTextLosesControlCharactersAndLineBreaks() {
    #expect(TerminalSafe.text("a\u{1B}[31mb\nc") == "ab c")
  }
}
