import Foundation
import StudyCore
import TerminalUI

extension DrillScreen {
  /// Keys on a choice question: numbers pick (or toggle), arrows and j/k move, Space toggles
  /// the highlighted option, Enter submits.
  mutating func choosing(_ key: Key, question: Question, at now: Date) -> [DrillEffect] {
    let count = DrillSession.choices(of: question).count
    switch key {
    case .character(let character) where (character.wholeNumberValue ?? 0) >= 1:
      let number = character.wholeNumberValue ?? 0
      guard number <= count else { return [] }
      session.highlighted = number - 1
      return pick(number - 1, format: question.format, at: now)
    case .down, .character("j"):
      session.highlighted = min(max(0, count - 1), session.highlighted + 1)
      return []
    case .up, .character("k"):
      session.highlighted = max(0, session.highlighted - 1)
      return []
    case .character(" "):
      return isMulti(question.format) ? toggle(session.highlighted) : []
    case .enter: return submitChoice(format: question.format, at: now)
    default: return common(key, at: now) ?? []
    }
  }

  private func isMulti(_ format: AnswerFormat) -> Bool {
    format == .multipleChoice || format == .ordering
  }

  private mutating func pick(_ option: Int, format: AnswerFormat, at now: Date) -> [DrillEffect] {
    isMulti(format) ? toggle(option) : session.submit(.choices([option]), at: now)
  }

  private mutating func toggle(_ option: Int) -> [DrillEffect] {
    if let position = session.selection.firstIndex(of: option) {
      session.selection.remove(at: position)
    } else {
      session.selection.append(option)
    }
    return []
  }

  private mutating func submitChoice(format: AnswerFormat, at now: Date) -> [DrillEffect] {
    switch format {
    case .multipleChoice:
      return session.selection.isEmpty
        ? [] : session.submit(.choices(Set(session.selection)), at: now)
    case .ordering:
      return session.selection.isEmpty ? [] : session.submit(.order(session.selection), at: now)
    default:
      return session.submit(.choices([session.highlighted]), at: now)
    }
  }
}
