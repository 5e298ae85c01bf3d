import ArgumentParser
import Foundation
import NoteDrillApp
import StudyCore

extension AppSetup {
  /// The item whose id is or starts with `id`; a clear error when none or several are.
  func checklistEntry(_ id: String, at now: Date) throws
    -> ChecklistEntry
  {
    let entries = try attempt { try studyPlan.checklistEntries(at: now) }
    let wanted = id.lowercased()
    let matches = entries.filter { $0.item.id.hasPrefix(wanted) }
    if wanted.count >= 3, matches.count == 1, let match = matches.first { return match }
    if matches.isEmpty {
      StandardError.print(
        "error: no checklist item with id \"\(id)\"; `notedrill checklist list` shows the ids.")
    } else if matches.count > 1 {
      StandardError.print(
        "error: \"\(id)\" is ambiguous: it begins \(matches.count) item ids; give more of it.")
    } else {
      StandardError.print(
        "error: give at least 3 characters of the id (\"\(id)\" is too short to be sure).")
    }
    throw ExitCode(1)
  }

  /// Sets the item's state (and the note's box with `writeBack`) and says what was done.
  func setChecklist(_ entry: ChecklistEntry, checked: Bool, writeBack: Bool, at now: Date)
    throws
  {
    try attempt {
      try studyPlan.setChecklist(entry, checked: checked, writeBack: writeBack, at: now)
    }
    let box = checked ? "[x]" : "[ ]"
    StoreAccess.printNow(
      "\(box) " + TerminalSafe.text(entry.item.text)
        + (writeBack
          ? " — written to \(entry.path):\(entry.item.line)"
          : " — kept in the store; the note is unchanged"))
  }

}
