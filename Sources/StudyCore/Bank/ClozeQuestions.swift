import Foundation
import NoteOutline

/// Numeric cloze (`계정당 리전당 VPC ___개` → 5) and key-term cloze (a bold term blanked).
extension BankBuilder {
  mutating func generateClozeQuestions() {
    for source in facts.clozes {
      numericClozes(source)
      termClozes(source)
    }
  }

  private mutating func numericClozes(_ source: ClozeSource) {
    let text = source.text.text.replacingOccurrences(of: "\n", with: " ")
    let numbers = NumberFinder.numbers(in: text)
    let lang = language(source.place)
    for number in numbers {
      var blanked = text
      blanked.replaceSubrange(number.range, with: "___")
      blanked = Templates.droppingParenthesis(after: "___" + number.unit, in: blanked)
      let fact = ["num", TextNormalizer.nameKey(source.context), TextNormalizer.key(blanked)]
      emit(
        .sentence,
        Candidate(
          kind: .numericCloze, format: .typed,
          prompt: Templates.cloze(blanked, context: source.context, lang),
          keys: [number.value],
          aliases: Array(
            Set([number.value + number.unit, number.value.replacingOccurrences(of: ",", with: "")])
          )
          .filter { $0 != number.value }.sorted(),
          explanation: "\(source.context): \(text)", place: source.place,
          terms: [source.context], fact: ["line", String(source.place.line)] + fact,
          identity: fact, secrets: []))
    }
  }

  private mutating func termClozes(_ source: ClozeSource) {
    let text = source.text.text.replacingOccurrences(of: "\n", with: " ")
    let lang = language(source.place)
    for phrase in source.text.strong {
      let term = phrase.replacingOccurrences(of: "\n", with: " ")
      guard term != source.leadingTerm, !Labels.isLabel(term), term.count >= 2, term.count <= 30,
        !term.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," || $0 == "%" }),
        let range = text.range(of: term)
      else { continue }
      // The bold term must be inside a sentence, not the whole item.
      guard text.count >= term.count + 6 else { continue }
      var blanked = text
      blanked.replaceSubrange(range, with: "___")
      blanked = Templates.droppingParenthesis(after: "___", in: blanked)
      blanked = Templates.neutraliseParticles(after: "___", in: blanked)
      let secrets = [term] + aliases.aliases(of: term)
      let fact = ["bold", TextNormalizer.key(term), TextNormalizer.key(blanked)]
      emit(
        .sentence,
        Candidate(
          kind: .termCloze, format: .typed,
          prompt: Templates.cloze(blanked, context: source.context, lang),
          fallbackPrompt: Templates.cloze(blanked, context: nil, lang),
          keys: [term], aliases: Array(Set(secrets)).filter { $0 != term }.sorted(),
          explanation: "\(source.context): \(text)", place: source.place, terms: [term],
          fact: ["line", String(source.place.line)] + fact, identity: fact, secrets: secrets))
    }
  }
}

/// Finds numbers with a unit (`5배`, `15개`, `5TB`, `99.99%`, `300초`) worth blanking.
enum NumberFinder {
  /// Units after a number that make it a fact worth asking; longest first.
  static let units = [
    "밀리초", "개월", "시간", "TiB", "GiB", "MiB", "Gbps", "Mbps", "vCPU", "달러", "자리", "단계",
    "TB", "GB", "MB", "KB", "PB", "ms", "배", "개", "년", "일", "분", "초", "회", "번", "대", "곳",
    "명", "주", "%", "개의", "층", "계층", "AZ", "리전", "x",
  ]

  struct Match {
    var range: Range<String.Index>
    var value: String
    var unit: String
  }

  /// Whether `value` appears in `text` as a whole number (not inside `10,000` or `m5`).
  static func containsNumber(_ value: String, in text: String) -> Bool {
    let target = value.replacingOccurrences(of: ",", with: "")
    var index = text.startIndex
    while index < text.endIndex {
      guard text[index].isASCII, text[index].isNumber else {
        index = text.index(after: index)
        continue
      }
      var end = index
      while end < text.endIndex,
        text[end].isASCII && (text[end].isNumber || text[end] == "." || text[end] == ",")
      {
        end = text.index(after: end)
      }
      var number = String(text[index..<end]).replacingOccurrences(of: ",", with: "")
      while number.hasSuffix(".") { number.removeLast() }
      if number == target { return true }
      index = end
    }
    return false
  }

  static func numbers(in text: String) -> [Match] {
    var matches: [Match] = []
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      guard character.isASCII, character.isNumber else {
        index = text.index(after: index)
        continue
      }
      let start = index
      var end = index
      while end < text.endIndex,
        text[end].isASCII && (text[end].isNumber || text[end] == "." || text[end] == ",")
      {
        end = text.index(after: end)
      }
      var value = String(text[start..<end])
      while let last = value.last, last == "." || last == "," { value.removeLast() }
      let valueEnd = text.index(start, offsetBy: value.count)
      if let unit = unitAfter(text, valueEnd), isStandalone(text, start), !isYear(value, unit) {
        matches.append(Match(range: start..<valueEnd, value: value, unit: unit))
      }
      index = end
    }
    return matches
  }

  /// The unit right after `index` (one optional space allowed before Latin units).
  private static func unitAfter(_ text: String, _ index: String.Index) -> String? {
    let rest = text[index...]
    for unit in units where rest.hasPrefix(unit) {
      // `5개의` is `5개`; a Latin unit must end there (`5TB`, not `5TBs`).
      let after = rest.dropFirst(unit.count).first
      if let after, after.isASCII, after.isLetter { continue }
      return unit
    }
    return nil
  }

  /// Not part of a name: `EC2`, `S3`, `m5.large`, `v2`, `Route 53`'s 53 are left alone.
  private static func isStandalone(_ text: String, _ start: String.Index) -> Bool {
    guard start > text.startIndex else { return true }
    let before = text[text.index(before: start)]
    return !(before.isLetter && before.isASCII) && before != "-" && before != "." && before != "_"
      && !before.isNumber
  }

  private static func isYear(_ value: String, _ unit: String) -> Bool {
    guard unit == "년", let number = Int(value) else { return false }
    return number >= 1900 && number <= 2100
  }
}

extension Templates {
  /// Removes a parenthesis right after `marker` (`___(Push)`, `___분(900초)`): it would
  /// restate the blanked answer in other words.
  static func droppingParenthesis(after marker: String, in text: String) -> String {
    guard text.hasSubstring(marker + "("), let range = text.range(of: marker + "("),
      let close = text[range.upperBound...].firstIndex(of: ")")
    else { return text }
    var result = text
    result.removeSubrange(text.index(before: range.upperBound)...close)
    return result
  }

  static func cloze(_ text: String, context: String?, _ language: NoteLanguage) -> String {
    switch language {
    case .korean: withContext(context, "빈칸에 알맞은 말을 쓰세요.\n" + quoted(text))
    case .english: withContext(context, "Fill in the blank.\n" + quoted(text))
    }
  }
}
