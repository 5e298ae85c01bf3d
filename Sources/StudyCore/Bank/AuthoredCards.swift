import NoteOutline

/// Cards the learner wrote in the Obsidian spaced-repetition syntax, and choice questions
/// written as a task list under a question line: asked as written.
///
/// - `Question::Answer` (one line), `Question:::Answer` (both ways);
/// - a paragraph of question lines, a line `?` (or `??` for both ways), then answer lines;
/// - `==highlighted==` words, each blanked in turn (cloze);
/// - a question line (ending in `?`, or starting with `Q.` or `[n]`) followed by a task list
///   with checked items: the checked items are the keys. Such a list is never a checklist.
public enum AuthoredCards {
  /// One card: its front, back, and whether it is also asked back to front.
  public struct Card: Equatable, Sendable {
    /// What is shown.
    public var front: String
    /// What is recalled.
    public var back: String
    /// `:::` or `??`: also asked from the back.
    public var bothWays: Bool
  }

  /// A `Q::A` or `Q:::A` card in one line of text, if it is one.
  public static func inlineCard(_ text: String, code: [String] = []) -> Card? {
    guard text.hasSubstring("::") else { return nil }
    // `std::vector` in inline code is not a card, nor is a line with several `::`
    // (`Fn::GetAtt, Fn::Sub`): a card has exactly one separator.
    if code.contains(where: { $0.hasSubstring("::") }) { return nil }
    if text.components(separatedBy: "::").count > 2 && !text.hasSubstring(":::") { return nil }
    for (separator, bothWays) in [(":::", true), ("::", false)] {
      guard let range = text.range(of: separator) else { continue }
      let front = text[..<range.lowerBound].trimmingWhitespace()
      let back = text[range.upperBound...].trimmingWhitespace()
      // A front that already holds `Term: …` is a definition line, not a card.
      guard !front.isEmpty, !back.isEmpty, !back.hasPrefix(":"), !front.hasSubstring(": ")
      else { return nil }
      return Card(front: front, back: back, bothWays: bothWays)
    }
    return nil
  }

  /// A multi-line card: lines before a lone `?`/`??` are the front, lines after the back.
  public static func multiLineCard(_ lines: [String]) -> Card? {
    guard let split = lines.firstIndex(where: { $0 == "?" || $0 == "??" }) else { return nil }
    let front = lines[..<split].joined(separator: "\n").trimmingWhitespace()
    let back = lines[(split + 1)...].joined(separator: "\n").trimmingWhitespace()
    guard !front.isEmpty, !back.isEmpty else { return nil }
    return Card(front: front, back: back, bothWays: lines[split] == "??")
  }

  /// Each `==highlight==` of `text`: the text with that one blanked (the others shown plainly)
  /// and the blanked words.
  public static func clozes(_ text: String) -> [(prompt: String, answer: String)] {
    guard text.hasSubstring("==") else { return [] }
    let parts = text.components(separatedBy: "==")
    // Odd indices are highlighted; an unbalanced `==` leaves an even count of parts.
    guard parts.count >= 3, parts.count % 2 == 1 else { return [] }
    var result: [(String, String)] = []
    for index in stride(from: 1, to: parts.count, by: 2) where !parts[index].isBlank {
      let prompt = parts.enumerated().map { $0.offset == index ? "___" : $0.element }.joined()
      result.append((prompt, parts[index].trimmingWhitespace()))
    }
    return result
  }

  /// Whether a line reads as a question heading an authored choice list.
  public static func isQuestionLine(_ text: String) -> Bool {
    let trimmed = text.trimmingWhitespace()
    if trimmed.hasSuffix("?") || trimmed.hasSuffix("？") { return true }
    if trimmed.hasPrefix("Q.") || trimmed.hasPrefix("Q)") { return true }
    guard trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]") else { return false }
    let inside = trimmed[trimmed.index(after: trimmed.startIndex)..<close]
    return !inside.isEmpty && inside.allSatisfy(\.isNumber)
  }

  /// Whether a task list under `question` is an authored choice (some items checked), not a
  /// study checklist.
  public static func isAuthoredChoice(question: String?, items: [ListItem]) -> Bool {
    guard let question, isQuestionLine(question), items.count >= 2,
      items.allSatisfy({ $0.task != nil })
    else { return false }
    return items.contains { $0.task == true }
  }
}
