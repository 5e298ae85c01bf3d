import StudyCore
import TerminalUI

/// How mastery is written, in the weak-topic list, the checklists and plain mode.
public enum MasteryText {
  /// An ASCII bar of `width` cells, `#` for mastery and `.` for the rest (same width in every
  /// locale).
  public static func bar(_ mastery: Double, width: Int) -> String {
    let filled = max(0, min(width, Int((mastery * Double(width)).rounded())))
    return String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
  }

  /// Mastery as a whole percentage, right-aligned in 4 columns (`  7%`, `100%`).
  public static func percent(_ mastery: Double) -> String {
    let text = "\(Int((mastery * 100).rounded()))%"
    return String(repeating: " ", count: max(0, 4 - text.count)) + text
  }

  /// What the score is made of: `5/12 studied · recall 84% · 3/7 wrong · 2 lapses · exam 1/2
  /// wrong`; exam answers alone read `not studied · exam 1/1 wrong · 4 questions`.
  public static func detail(_ score: MasteryScore) -> String {
    let exam = examDetail(score)
    if score.studied == 0 {
      let count = "\(score.questions) question" + (score.questions == 1 ? "" : "s")
      return exam.map { "not studied · \($0) · \(count)" } ?? "not started · \(count)"
    }
    var parts = ["\(score.studied)/\(score.questions) studied"]
    if let recall = score.meanRetrievability {
      parts.append("recall \(Int((recall * 100).rounded()))%")
    }
    if score.recentAnswers > 0 { parts.append("\(score.recentWrong)/\(score.recentAnswers) wrong") }
    if score.lapses > 0 { parts.append("\(score.lapses) lapse" + (score.lapses == 1 ? "" : "s")) }
    if let exam { parts.append(exam) }
    return parts.joined(separator: " · ")
  }

  /// `exam 1/2 wrong, 1 blank`, or `nil` without exam evidence.
  static func examDetail(_ score: MasteryScore) -> String? {
    guard score.examAnswers + score.examSkips > 0 else { return nil }
    var text = "exam \(score.examWrong)/\(score.examAnswers) wrong"
    if score.examSkips > 0 { text += ", \(score.examSkips) blank" }
    return text
  }

  /// The name of a score: `note · heading › heading` (the topic's last two headings) for
  /// topics, the concept's name otherwise.
  public static func name(_ score: MasteryScore) -> String {
    let name = TerminalText.sanitize(score.name, keepingNewlines: false)
    guard !score.document.isEmpty else { return name }
    let headings = name.components(separatedBy: " › ")
    return "\(score.document) · " + headings.suffix(2).joined(separator: " › ")
  }

  /// One ranked line for plain output: `  1. [###.......]  34%  note · topic — detail`.
  public static func line(_ score: MasteryScore, rank: Int) -> String {
    let number = String(rank)
    return String(repeating: " ", count: max(0, 3 - number.count)) + number + ". ["
      + bar(score.mastery, width: 10) + "] " + percent(score.mastery) + "  " + name(score)
      + " — " + detail(score)
  }
}

extension StudyMode {
  /// The session's name in the title bar.
  public var title: String {
    switch self {
    case .drill: "Daily drill"
    case .exam: "Mock exam"
    case .review: "Weak-topic review"
    case .checklist: "Checklist quiz"
    }
  }
}
