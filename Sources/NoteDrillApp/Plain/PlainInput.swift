import StudyCore

/// What one line of plain-mode input means.
public enum PlainCommand: Equatable, Sendable {
  /// `q`: end the session.
  case stop
  /// `u`: undo the last answer.
  case undo
  /// An answer.
  case respond(DrillResponse)
  /// An empty line on a flip card: show the answer.
  case reveal
  /// Not an answer to this question; the text says what is expected.
  case invalid(String)
}

/// Reads plain-mode answer lines: option numbers, comma-separated numbers, text, 1–4.
public enum PlainInput {
  /// What `line` means for `question`.
  public static func parse(_ line: String, for question: Question) -> PlainCommand {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if trimmed == "q" { return .stop }
    if trimmed == "u" { return .undo }
    let count = DrillSession.choices(of: question).count
    switch question.format {
    case .typed:
      return trimmed.isEmpty ? .invalid(hint(for: question)) : .respond(.text(trimmed))
    case .flip:
      if trimmed.isEmpty { return .reveal }
      guard let value = Int(trimmed), let rating = Rating(rawValue: value) else {
        return .invalid(hint(for: question))
      }
      return .respond(.selfRated(rating))
    case .singleChoice, .trueFalse:
      guard let number = Int(trimmed), (1...max(1, count)).contains(number) else {
        return .invalid(hint(for: question))
      }
      return .respond(.choices([number - 1]))
    case .multipleChoice, .ordering:
      guard let numbers = numberList(trimmed, count: count) else {
        return .invalid(hint(for: question))
      }
      return question.format == .ordering
        ? .respond(.order(numbers)) : .respond(.choices(Set(numbers)))
    }
  }

  /// The line asking for the answer, by format.
  public static func hint(for question: Question) -> String {
    let count = DrillSession.choices(of: question).count
    switch question.format {
    case .singleChoice, .trueFalse: return "Answer with a number 1-\(count) (q to stop):"
    case .multipleChoice: return "Answer with every right number, separated by commas (q to stop):"
    case .ordering: return "Answer with the numbers in order, separated by commas (q to stop):"
    case .typed: return "Type the answer (q to stop):"
    case .flip:
      return "Recall it, then rate 1 Again, 2 Hard, 3 Good, 4 Easy; empty line shows the answer:"
    }
  }

  /// `1,3` or `1, 3` or `1 3` as zero-based indices within `count`, no repeats.
  static func numberList(_ text: String, count: Int) -> [Int]? {
    let parts = text.split(whereSeparator: { $0 == "," || $0 == " " })
    guard !parts.isEmpty else { return nil }
    var seen: Set<Int> = []
    var numbers: [Int] = []
    for part in parts {
      guard let number = Int(part), (1...max(1, count)).contains(number),
        seen.insert(number).inserted
      else { return nil }
      numbers.append(number - 1)
    }
    return numbers
  }
}
