import Foundation
import StudyCore
import TerminalUI

extension DrillScreen {
  func answerLines(_ feedback: DrillFeedback, _ question: Question, into body: inout BodyBuilder) {
    let verdict: String
    switch feedback.typedGrade?.verdict {
    case .tolerated?: verdict = "✓ Right (small typo)"
    case .withParticle?: verdict = "✓ Right"
    default: verdict = feedback.isCorrect ? "✓ Right" : "✗ Wrong"
    }
    body.paragraph(verdict, style: Style.bold.foreground(feedback.isCorrect ? .green : .red))
    let separator = question.format == .ordering ? " → " : "; "
    body.paragraph("Answer: " + question.keys.joined(separator: separator), style: .bold)
    if let given = feedback.given, !feedback.isCorrect || feedback.typedGrade != nil {
      let decision = feedback.nearMiss.map {
        $0.isCountedRight ? " (close; counted right)" : " (close; counted wrong)"
      }
      body.paragraph("You: " + given + (decision ?? ""), style: .dim)
    }
    body.blank()
    body.paragraph(question.explanation)
    body.paragraph(
      question.source.location + " · " + question.source.headingPath.joined(separator: " › "),
      style: .dim)
    for line in DrillText.relatedLines(session.current?.related ?? []) {
      body.paragraph(line, style: .dim)
    }
  }

  /// `1 Again 1m  2 Hard 6m  [3 Good 1d]  4 Easy 3d`, the rating to be saved in brackets;
  /// `Rate  1 1m  2 6m  [3 1d]  4 3d` when that does not fit in `width` columns.
  static func ratingLine(_ feedback: DrillFeedback, width: Int) -> String {
    func line(named: Bool) -> String {
      let pieces = Rating.allCases.map { rating -> String in
        let interval = feedback.outcomes.map { outcomes in
          " " + DrillText.interval(days: outcomes[rating].intervalDays, card: outcomes[rating])
        }
        let text = "\(rating.rawValue)" + (named ? " \(rating.name)" : "") + (interval ?? "")
        return rating == feedback.rating ? "[\(text)]" : " \(text) "
      }
      return (named ? "" : "Rate ") + pieces.joined(separator: " ")
    }
    let full = line(named: true)
    return DisplayWidth.width(of: full) <= width ? full : line(named: false)
  }

  func nearMissLines(_ feedback: DrillFeedback, _ question: Question, into body: inout BodyBuilder)
  {
    body.paragraph("Close.", style: Style.bold.foreground(.yellow))
    body.paragraph("You: " + (feedback.given ?? ""))
    body.paragraph("Answer: " + (question.keys.first ?? ""), style: .bold)
    body.blank()
    body.paragraph("Count it as right? y / n")
  }

  func summaryLines(into body: inout BodyBuilder) {
    let summary = session.summary
    let seconds = Int(
      (session.finishedAt ?? session.startedAt).timeIntervalSince(session.startedAt))
    body.paragraph(session.items.isEmpty ? "Nothing is due now" : "Session over", style: .bold)
    body.blank()
    body.paragraph("Answered  \(summary.answers)" + DrillText.repeatsNote(summary))
    body.paragraph("Right     \(summary.right)" + DrillText.firstTimeNote(summary))
    body.paragraph("Time      " + DrillText.duration(seconds: seconds))
    if let next = nextDue {
      body.paragraph("Next      " + next)
    }
    body.blank()
    body.paragraph("Enter to go back, u to undo the last answer.", style: .dim)
  }

  /// The key-help footer for the current state.
  var hints: [KeyHint] {
    switch session.phase {
    case .asking:
      switch session.current?.question.format {
      case .typed?: return [KeyHint("Enter", "check"), KeyHint("Esc", "stop")]
      case .flip?:
        return [
          KeyHint("Space", "reveal"), KeyHint("u", "undo"), KeyHint("q", "stop"),
          KeyHint("?", "keys"),
        ]
      case .multipleChoice?, .ordering?:
        return [
          KeyHint("1-9", "toggle"), KeyHint("Enter", "submit"), KeyHint("u", "undo"),
          KeyHint("q", "stop"), KeyHint("?", "keys"),
        ]
      default:
        return [
          KeyHint("1-9", "answer"), KeyHint("j/k", "move"), KeyHint("u", "undo"),
          KeyHint("q", "stop"), KeyHint("?", "keys"),
        ]
      }
    case .revealed:
      return [
        KeyHint("1-4", "rate"), KeyHint("u", "back"), KeyHint("q", "stop"), KeyHint("?", "keys"),
      ]
    case .nearMiss: return [KeyHint("y", "right"), KeyHint("n", "wrong"), KeyHint("q", "stop")]
    case .answered:
      return [
        KeyHint("Enter", "next"), KeyHint("1-4", "rating"), KeyHint("u", "undo"),
        KeyHint("q", "stop"), KeyHint("?", "keys"),
      ]
    case .finished: return [KeyHint("Enter", "back"), KeyHint("u", "undo")]
    }
  }

  /// Every key of the drill, for the `?` overlay.
  var allHints: [KeyHint] {
    [
      KeyHint("1-9", "pick / toggle an option"),
      KeyHint("↑↓ j k", "move; scroll"),
      KeyHint("Space", "toggle; reveal flip card"),
      KeyHint("Enter", "submit; next question"),
      KeyHint("1-4", "rate Again/Hard/Good/Easy"),
      KeyHint("y / n", "near miss: right or not"),
      KeyHint("u", "undo (Ctrl-Z when typing)"),
      KeyHint("PgUp/Dn", "scroll"),
      KeyHint("q / Esc", "stop; answers are saved"),
      KeyHint("?", "this help"),
    ]
  }
}
