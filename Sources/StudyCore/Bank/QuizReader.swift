import NoteOutline

/// Quiz-style notes: questions a learner wrote down with their answers, asked as written.
///
/// - a question line followed by its options, the right ones marked: `- [x]` task items (with
///   the wrong ones `- [ ]` or plain `-`), or a mark after the option's text (`… v`, `… ✓`,
///   `… (정답)`), with a wrong pick's ` x` dropped;
/// - `Q.` / `A.` pairs (`[3] Q. …`, `Q1:`, `질문 2:`, `**Q.**`), in one paragraph or two;
/// - `<details><summary>question</summary>answer</details>`;
/// - an answer under a question: `**A)** …`, `A1)`, `Answer:`, `정답:` in the lines after it or
///   nested under a question bullet.
public enum QuizReader {
  /// A question with its answer lines or options, read from the learner's own quiz.
  public enum Entry: Equatable, Sendable {
    /// A question and its answer: a flip card.
    case card(front: String, back: String, line: Int)
    /// A question with its options and the right ones.
    case choice(question: String, options: [String], keys: [String], line: Int)
  }

  /// Every quiz entry among `blocks` (a section's own blocks, not its subsections').
  public static func entries(in blocks: [Block]) -> [Entry] {
    var result: [Entry] = []
    var index = 0
    var pending: (text: String, line: Int)?
    // A numbered scenario (`1. A company …`) whose question follows as a paragraph.
    var scenario: (text: String, line: Int)?
    while index < blocks.count {
      let block = blocks[index]
      index += 1
      let setting = scenario
      scenario = nil
      switch block {
      case .html(let html, let line):
        if let card = details(html, line: line, following: blocks, from: &index) {
          result.append(card)
        }
        pending = nil
      case .paragraph(let paragraph):
        let text = paragraph.text.text
        if let pair = pairInOneParagraph(paragraph) {
          result.append(pair)
          pending = nil
        } else if let question = pending, let answer = answerText(text) {
          result.append(.card(front: question.text, back: answer, line: question.line))
          pending = nil
        } else if isQuestion(text) {
          let question = questionText(text)
          pending =
            setting.map { ($0.text + "\n" + question, $0.line) } ?? (question, paragraph.line)
        } else if let question = pending, !text.isBlank, !isQuestion(text) {
          // A scenario written over two paragraphs ("… Which of the following …?").
          pending = (question.text + "\n" + text, question.line)
        }
      case .list(let list):
        if let question = pending {
          if let choice = choice(question: question.text, items: list.items, line: question.line) {
            result.append(choice)
          } else if let first = list.items.first, let answer = answerText(first.text.text) {
            result.append(.card(front: question.text, back: answer, line: question.line))
          }
          pending = nil
        } else if list.items.count == 1, let only = list.items.first, only.children.isEmpty {
          // `1. A long scenario …` then the question and `***Answer***` as paragraphs.
          if isQuestion(only.text.text) {
            pending = (questionText(only.text.text), only.line)
          } else if list.ordered {
            scenario = (only.text.text, only.line)
          }
        }
        result += nested(list)
      case .code:
        // An explanation fenced under a quiz question keeps the question open for its answer.
        scenario = setting
      default:
        pending = nil
      }
    }
    return result
  }

  /// Whether a task list under `question` is a quiz's options (asked), not a study checklist.
  /// Options under a numbered quiz question (`질문 3:`) are never a checklist, even when the
  /// learner marked no answer.
  public static func isQuizOptions(question: String?, items: [ListItem]) -> Bool {
    guard let question, isQuestion(question) else { return false }
    if numberedPrefix(stripTags(question).trimmingWhitespace()) != nil { return true }
    return choice(question: questionText(question), items: items, line: 0) != nil
  }

  // MARK: - Choices

  /// Options under a question (already read as one, numbering removed) with the right ones
  /// marked, if they are.
  public static func choice(question: String, items: [ListItem], line: Int) -> Entry? {
    guard items.count >= 2 else { return nil }
    let tasks = items.filter { $0.task != nil }.count
    let checked = items.contains { $0.task == true }
    var options: [String] = []
    var keys: [String] = []
    for item in items {
      let (text, marked) = optionMark(item.text.text)
      guard !text.isEmpty else { return nil }
      options.append(text)
      // A checked box marks it; in a list of unchecked boxes, a trailing mark does.
      if item.task == true || (!checked && marked) { keys.append(text) }
    }
    // Plain items are options only beside checked boxes or marks; a list with neither is notes.
    guard !keys.isEmpty, keys.count < options.count, tasks > 0 || marksOnly(items) else {
      return nil
    }
    return .choice(question: questionText(question), options: options, keys: keys, line: line)
  }

  private static func marksOnly(_ items: [ListItem]) -> Bool {
    items.contains { optionMark($0.text.text).marked }
  }

  /// Marks learners write after the right option.
  public static let rightMarks = [
    " v", " V", " ✓", " ✔", " ✅", " (v)", " (O)", " (o)", " (정답)", " ← 정답", " <- 정답",
  ]
  /// Marks after a wrong pick, dropped from the option.
  public static let wrongMarks = [" x", " X", " ✗", " ✘", " ❌"]

  /// The option's text without a leading bullet sign or a trailing mark, and whether the mark
  /// says it is right.
  public static func optionMark(_ raw: String) -> (text: String, marked: Bool) {
    var text = raw.trimmingWhitespace()
    for sign in ["•", "·", "◦", "-"] where text.hasPrefix(sign + " ") {
      text = String(text.dropFirst(sign.count + 1)).trimmingWhitespace()
    }
    for mark in rightMarks where text.hasSuffix(mark) {
      return (String(text.dropLast(mark.count)).trimmingWhitespace(), true)
    }
    for mark in wrongMarks where text.hasSuffix(mark) {
      return (String(text.dropLast(mark.count)).trimmingWhitespace(), false)
    }
    return (text, false)
  }

  // MARK: - Questions and answers

  /// Whether `text` reads as a quiz question: `Q.`, `Q1:`, `[3]`, `질문 2:`, `문제 4.`, or a line
  /// ending in a question mark.
  public static func isQuestion(_ text: String) -> Bool {
    let trimmed = stripTags(text).trimmingWhitespace()
    guard !trimmed.isEmpty else { return false }
    if numberedPrefix(trimmed) != nil { return true }
    let lastLine = trimmed.split(separator: "\n").last.map(String.init) ?? trimmed
    return lastLine.hasSuffix("?") || lastLine.hasSuffix("？")
  }

  /// The question without its numbering (`질문 1:`, `Q3.`, `[2] Q.`) or markup.
  public static func questionText(_ text: String) -> String {
    let trimmed = stripTags(text).trimmingWhitespace()
    guard let prefix = numberedPrefix(trimmed) else { return trimmed }
    let rest = String(trimmed.dropFirst(prefix)).trimmingWhitespace()
    return rest.isEmpty ? trimmed : rest
  }

  /// The length of a leading question number, if `text` starts with one.
  public static func numberedPrefix(_ text: String) -> Int? {
    var rest = Substring(text)
    var length = 0
    // A mark left over from the option above (`v 질문 4:`) belongs to no question.
    for stray in ["v ", "x ", "✓ ", "✔ "] where rest.hasPrefix(stray) {
      let after = rest.dropFirst(stray.count)
      if labelLength(after, words: ["Q", "질문", "문제", "Question"]) != nil {
        rest = after
        length = stray.count
      }
    }
    if length > 0, let label = labelLength(rest, words: ["Q", "질문", "문제", "Question"]) {
      return length + label
    }
    // `[12]` first, optionally followed by `Q.`.
    if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
      let inside = rest[rest.index(after: rest.startIndex)..<close]
      guard !inside.isEmpty, inside.allSatisfy(\.isNumber) else { return nil }
      length = rest.distance(from: rest.startIndex, to: close) + 1
      rest = rest[rest.index(after: close)...]
      let spaces = rest.prefix { $0 == " " }.count
      rest = rest.dropFirst(spaces)
      length += spaces
      guard let word = labelLength(rest, words: ["Q"]) else { return length }
      return length + word
    }
    return labelLength(rest, words: ["Q", "질문", "문제", "Question"])
  }

  /// The length of `word`, an optional number and a `.`/`:`/`)` at the start of `text`.
  private static func labelLength(_ text: Substring, words: [String]) -> Int? {
    for word in words where text.hasPrefix(word) {
      var rest = text.dropFirst(word.count)
      var length = word.count
      let spaces = rest.prefix { $0 == " " }.count
      let digits = rest.dropFirst(spaces).prefix(while: \.isNumber).count
      rest = rest.dropFirst(spaces + digits)
      length += spaces + digits
      guard let mark = rest.first, [".", ":", ")", "："].contains(mark) else { continue }
      // `Q.` needs no number; `질문` and `Question` do (`질문이 있다면:` is prose).
      if digits == 0 && word != "Q" { continue }
      return length + 1
    }
    return nil
  }

  /// The answer, when `text` starts with an answer label (`A.`, `A)`, `A1)`, `Answer`, `정답:`, `답:`).
  public static func answerText(_ text: String) -> String? {
    // Emphasis cmark left as text (`***Answer:***As …`) is no part of the label.
    let trimmed = Substring(stripTags(text).trimmingWhitespace()).drop { $0 == "*" || $0 == "_" }
    for label in ["Answer", "정답", "답", "A"] where trimmed.hasPrefix(label) {
      var rest = trimmed.dropFirst(label.count)
      rest = rest.drop(while: \.isNumber)
      let hasMark = rest.first.map { [".", ":", ")", "："].contains($0) } ?? false
      // `Answer Use …` (the bold label alone) reads as an answer too; a bare `A` does not.
      guard hasMark || (label == "Answer" && rest.first == " ") else { continue }
      if hasMark { rest = rest.dropFirst() }
      rest = rest.drop { $0 == "*" || $0 == "_" }
      let answer = String(rest).trimmingWhitespace()
      if !answer.isEmpty { return answer }
    }
    return nil
  }

  /// `Q. …` and `A. …` lines of one paragraph.
  private static func pairInOneParagraph(_ paragraph: Paragraph) -> Entry? {
    let lines =
      paragraph.lines.isEmpty
      ? paragraph.text.text.components(separatedBy: "\n")
      : paragraph.lines
    guard lines.count >= 2, numberedPrefix(stripMarkers(lines[0])) != nil,
      let split = lines.firstIndex(where: { answerText(stripMarkers($0)) != nil })
    else { return nil }
    let front = lines[..<split].map(stripMarkers).joined(separator: "\n")
    guard let first = answerText(stripMarkers(lines[split])) else { return nil }
    let back = ([first] + lines[(split + 1)...].map(stripMarkers)).joined(separator: "\n")
    return .card(front: questionText(front), back: back.trimmingWhitespace(), line: paragraph.line)
  }

  /// Questions asked as list items with their answers nested under them.
  private static func nested(_ list: ListBlock) -> [Entry] {
    var result: [Entry] = []
    for item in list.items {
      let question = item.text.text
      guard isQuestion(question) else { continue }
      for case .list(let inner) in item.children {
        if let choice = choice(
          question: questionText(question), items: inner.items, line: item.line)
        {
          result.append(choice)
        } else if let answer = inner.items.lazy.compactMap({ answerText($0.text.text) }).first {
          result.append(.card(front: questionText(question), back: answer, line: item.line))
        }
      }
    }
    return result
  }

  // MARK: - <details>

  /// A `<details>` block: its summary is the question, what follows up to `</details>` the
  /// answer.
  private static func details(
    _ html: String, line: Int, following blocks: [Block], from index: inout Int
  ) -> Entry? {
    guard let summary = between(html, "<summary>", "</summary>") else { return nil }
    let question = stripTags(summary).trimmingWhitespace()
    var answer: [String] = []
    if let rest = html.range(of: "</summary>") {
      let inline = String(html[rest.upperBound...])
      answer.append(stripTags(inline.components(separatedBy: "</details>")[0]))
      if inline.hasSubstring("</details>") {
        return card(question, answer, line: line)
      }
    }
    while index < blocks.count {
      let block = blocks[index]
      index += 1
      if case .html(let text, _) = block, text.hasSubstring("</details>") { break }
      answer.append(contentsOf: blockText(block))
    }
    return card(question, answer, line: line)
  }

  private static func card(_ question: String, _ answer: [String], line: Int) -> Entry? {
    let back = answer.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: "\n")
    guard !question.isEmpty, !back.isEmpty else { return nil }
    return .card(front: question, back: back, line: line)
  }

  /// The text lines of a block, for an answer (code and diagrams left out).
  private static func blockText(_ block: Block) -> [String] {
    switch block {
    case .paragraph(let paragraph): return [paragraph.text.text]
    case .list(let list): return list.items.map { "- " + $0.text.text }
    case .quote(let quote): return quote.blocks.flatMap(blockText)
    case .html(let text, _): return [stripTags(text)]
    default: return []
    }
  }

  // MARK: - Text

  private static func between(_ text: String, _ open: String, _ close: String) -> String? {
    guard let start = text.range(of: open), let end = text.range(of: close),
      start.upperBound <= end.lowerBound
    else { return nil }
    return String(text[start.upperBound..<end.lowerBound])
  }

  /// `text` without HTML tags (`<span …>`, `<br>`, `<b>`).
  public static func stripTags(_ text: String) -> String {
    guard text.contains("<") else { return text }
    var result = ""
    var inTag = false
    for character in text {
      if character == "<" {
        inTag = true
      } else if character == ">", inTag {
        inTag = false
      } else if !inTag {
        result.append(character)
      }
    }
    return result
  }

  /// A source line without emphasis markers (`**Q.**` → `Q.`).
  private static func stripMarkers(_ line: String) -> String {
    stripTags(line).replacingAll("**", with: "").replacingAll("__", with: "").trimmingWhitespace()
  }
}
