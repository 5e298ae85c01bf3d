/// The learner's config file (`config.toml`): the small part of TOML a settings file needs.
///
/// Top-level `key = value` lines and `[table]` headers; values are strings (`"…"` with `\"`,
/// `\\`, `\n`, `\t` escapes, or `'…'` literal), integers, decimals, `true`/`false`, and arrays of
/// strings on one line; `#` starts a comment outside strings. Anything else is a one-line error
/// naming the line. Edits (``setting(_:to:in:)``) change one line and keep every other byte, so
/// the learner's comments and order survive `notedrill config set`.
public struct ConfigFile: Equatable, Sendable {
  /// One value as written.
  public enum Value: Equatable, Sendable {
    /// A quoted string.
    case string(String)
    /// A whole number.
    case integer(Int)
    /// A decimal number.
    case decimal(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// `["a", "b"]`.
    case strings([String])

    /// A value from a setting's text: a whole number, a decimal, `true`/`false`, else a string.
    public static func parsed(_ text: String) -> Value {
      let trimmed = text.trimmingWhitespace()
      if let number = Int(trimmed) { return .integer(number) }
      if trimmed.contains("."), let number = Double(trimmed), number.isFinite {
        return .decimal(number)
      }
      if trimmed == "true" || trimmed == "false" { return .boolean(trimmed == "true") }
      return .string(text)
    }

    /// The value as the text a setting is checked from (`0.9`, `20`, `true`, `a,b`).
    public var text: String {
      switch self {
      case .string(let value): value
      case .integer(let value): String(value)
      case .decimal(let value): String(value)
      case .boolean(let value): value ? "true" : "false"
      case .strings(let values): values.joined(separator: ",")
      }
    }
  }

  /// One `key = value` line.
  public struct Entry: Equatable, Sendable {
    /// The table it is in (`keys` for `[keys]`), empty at the top.
    public var table: String
    /// The key.
    public var key: String
    /// The value.
    public var value: Value
    /// The 1-based line.
    public var line: Int
  }

  /// A problem in the file, with its line.
  public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// What is wrong, for the learner.
    public var message: String
    /// `line N: message`.
    public var description: String { "line \(line): \(message)" }
  }

  /// Every entry, in file order.
  public var entries: [Entry]

  /// The value of `key` in `table` (the last one written wins, as a second line would be an
  /// error: see ``parse(_:)``).
  public func value(_ key: String, in table: String = "") -> Entry? {
    entries.last { $0.table == table && $0.key == key }
  }

  /// Reads `text`.
  ///
  /// - Throws: ``ParseError`` for the first line that is not a key, a table or a comment, a
  ///   value of an unknown form, or a key given twice in one table.
  public static func parse(_ text: String) throws(ParseError) -> ConfigFile {
    var entries: [Entry] = []
    var table = ""
    var seen: Set<String> = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let number = index + 1
      let line = stripComment(String(raw)).trimmingWhitespace()
      if line.isEmpty { continue }
      if line.hasPrefix("[") {
        guard line.hasSuffix("]"), !line.hasPrefix("[["), line.count > 2 else {
          throw ParseError(line: number, message: "a table header is written [name]")
        }
        table = String(line.dropFirst().dropLast()).trimmingWhitespace()
        guard isBareKey(table) else {
          throw ParseError(line: number, message: "'\(table)' is not a table name")
        }
        continue
      }
      guard let equals = line.firstIndex(of: "=") else {
        throw ParseError(line: number, message: "expected key = value")
      }
      let key = String(line[..<equals]).trimmingWhitespace()
      guard isBareKey(key) else {
        throw ParseError(line: number, message: "'\(key)' is not a key (letters, digits, - and _)")
      }
      guard seen.insert(table + "\u{1F}" + key).inserted else {
        throw ParseError(line: number, message: "'\(key)' is set twice")
      }
      let valueText = String(line[line.index(after: equals)...]).trimmingWhitespace()
      let value = try parseValue(valueText, line: number)
      entries.append(Entry(table: table, key: key, value: value, line: number))
    }
    return ConfigFile(entries: entries)
  }

  /// `text` with `key` in `table` set to `value`: the line rewritten where it is, else added at
  /// the end of its table (a new table at the end of the file when there is none).
  public static func setting(
    _ key: String, to value: Value, in text: String, table: String = ""
  ) throws(ParseError) -> String {
    let file = try parse(text)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let written = "\(key) = \(render(value))"
    if let entry = file.value(key, in: table) {
      let comment = trailingComment(lines[entry.line - 1])
      lines[entry.line - 1] = written + (comment.map { "  " + $0 } ?? "")
      return lines.joined(separator: "\n")
    }
    if let end = endOfTable(table, in: lines) {
      lines.insert(written, at: end)
    } else {
      if lines.last == "" { lines.removeLast() }
      if !lines.isEmpty { lines.append("") }
      lines += ["[\(table)]", written, ""]
    }
    var result = lines.joined(separator: "\n")
    if !result.hasSuffix("\n") { result += "\n" }
    return result
  }

  /// A value written the way ``parse(_:)`` reads it back.
  public static func render(_ value: Value) -> String {
    switch value {
    case .string(let text): quote(text)
    case .integer(let number): String(number)
    case .decimal(let number): String(number)
    case .boolean(let flag): flag ? "true" : "false"
    case .strings(let texts): "[" + texts.map(quote).joined(separator: ", ") + "]"
    }
  }

  // MARK: - Reading

  private static func parseValue(_ text: String, line: Int) throws(ParseError) -> Value {
    if text.isEmpty { throw ParseError(line: line, message: "the value is missing") }
    if text.hasPrefix("\"") || text.hasPrefix("'") {
      let (string, rest) = try readString(Substring(text), line: line)
      guard rest.trimmingWhitespace().isEmpty else {
        throw ParseError(line: line, message: "unexpected text after the string")
      }
      return .string(string)
    }
    if text.hasPrefix("[") {
      guard text.hasSuffix("]") else {
        throw ParseError(line: line, message: "an array must close on the same line with ]")
      }
      var rest = Substring(text.dropFirst().dropLast())
      var values: [String] = []
      while true {
        rest = rest.drop { $0 == " " || $0 == "\t" }
        if rest.isEmpty { break }
        let (string, after) = try readString(rest, line: line)
        values.append(string)
        rest = after.drop { $0 == " " || $0 == "\t" }
        if rest.isEmpty { break }
        guard rest.first == "," else {
          throw ParseError(line: line, message: "array items are strings separated by commas")
        }
        rest = rest.dropFirst()
      }
      return .strings(values)
    }
    if text == "true" { return .boolean(true) }
    if text == "false" { return .boolean(false) }
    let digits = text.replacingAll("_", with: "")
    if let number = Int(digits) { return .integer(number) }
    if digits.contains("."), let number = Double(digits), number.isFinite {
      return .decimal(number)
    }
    throw ParseError(
      line: line, message: "'\(text)' is not a value (quote text: \"…\"; numbers; true/false)")
  }

  /// A quoted string at the start of `text` and what follows it.
  private static func readString(
    _ text: Substring, line: Int
  ) throws(ParseError) -> (String, Substring) {
    guard let quote = text.first, quote == "\"" || quote == "'" else {
      throw ParseError(line: line, message: "expected a quoted string")
    }
    var result = ""
    var index = text.index(after: text.startIndex)
    while index < text.endIndex {
      let character = text[index]
      if character == quote {
        return (result, text[text.index(after: index)...])
      }
      if character == "\\", quote == "\"" {
        index = text.index(after: index)
        guard index < text.endIndex else { break }
        switch text[index] {
        case "n": result.append("\n")
        case "t": result.append("\t")
        case "\"": result.append("\"")
        case "\\": result.append("\\")
        default:
          throw ParseError(line: line, message: "unknown escape \\\(text[index]) in a string")
        }
      } else {
        result.append(character)
      }
      index = text.index(after: index)
    }
    throw ParseError(line: line, message: "the string is not closed")
  }

  /// The line without a `#` comment outside quotes.
  private static func stripComment(_ line: String) -> String {
    guard let hash = commentStart(line) else { return line }
    return String(line[..<hash])
  }

  private static func trailingComment(_ line: String) -> String? {
    guard let hash = commentStart(line) else { return nil }
    return String(line[hash...])
  }

  private static func commentStart(_ line: String) -> String.Index? {
    var quote: Character?
    var escaped = false
    for index in line.indices {
      let character = line[index]
      if let open = quote {
        if escaped {
          escaped = false
        } else if character == "\\" && open == "\"" {
          escaped = true
        } else if character == open {
          quote = nil
        }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == "#" {
        return index
      }
    }
    return nil
  }

  private static func isBareKey(_ key: String) -> Bool {
    !key.isEmpty
      && key.unicodeScalars.allSatisfy {
        ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0) || $0 == "-"
          || $0 == "_"
      }
  }

  // MARK: - Writing

  private static func quote(_ text: String) -> String {
    var result = "\""
    for character in text {
      switch character {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      default: result.append(character)
      }
    }
    return result + "\""
  }

  /// The index after the last key line of `table` (top level: before the first header).
  private static func endOfTable(_ table: String, in lines: [String]) -> Int? {
    var current = ""
    var found = table.isEmpty
    var end: Int? = table.isEmpty ? 0 : nil
    for (index, raw) in lines.enumerated() {
      let line = stripComment(raw).trimmingWhitespace()
      if line.hasPrefix("[") {
        current = String(line.dropFirst().dropLast()).trimmingWhitespace()
        if current == table {
          found = true
          end = index + 1
        }
        continue
      }
      if current == table, found, !line.isEmpty { end = index + 1 }
    }
    return found ? end : nil
  }
}
