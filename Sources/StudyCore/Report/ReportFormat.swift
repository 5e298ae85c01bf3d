import Foundation

/// The forms a progress report is written in.
public enum ReportFormat: String, CaseIterable, Sendable, Equatable, Codable {
  /// Markdown that renders on GitHub: tables and text bars.
  case markdown = "md"
  /// One self-contained HTML page with inline CSS and SVG charts, printable on A4.
  case html
  /// The report's data, versioned (see docs/reports.md for the schema).
  case json
  /// One row per question with its state and counts.
  case csv

  /// The usual file extension.
  public var fileExtension: String { rawValue }

  /// A name for the menu.
  public var title: String {
    switch self {
    case .markdown: return "Markdown (.md)"
    case .html: return "HTML page (.html)"
    case .json: return "JSON data (.json)"
    case .csv: return "CSV, one row per question (.csv)"
    }
  }
}

/// Numbers as reports show them.
public enum ReportNumbers {
  /// `0.873` → `87%`; `nil` → `–`.
  public static func percent(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "–" }
    return "\(Int((value * 100).rounded()))%"
  }

  /// `12345` → `12,345`.
  public static func count(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return value < 0 ? "-" + result : result
  }

  /// Milliseconds as `2 h 05 min`, `12 min`, `40 s`.
  public static func duration(milliseconds: Int) -> String {
    let seconds = max(0, milliseconds) / 1000
    if seconds < 60 { return "\(seconds) s" }
    let minutes = seconds / 60
    if minutes < 60 { return "\(minutes) min" }
    let rest = minutes % 60
    return "\(minutes / 60) h " + (rest < 10 ? "0" : "") + "\(rest) min"
  }

  /// A signed change with one decimal: `+3.5`, `-0.2`, `0.0`.
  public static func signed(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths > 0 ? "+" : tenths < 0 ? "-" : ""
    return sign + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }

  /// A bar of `width` cells, `█` for the filled part and `░` for the rest.
  public static func textBar(_ fraction: Double, width: Int) -> String {
    let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
    let filled = Int((clamped * Double(width)).rounded())
    return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
  }
}

/// Escaping of note text for each format, so that markup in a note (`<script>`, `&`, `|`,
/// backticks) is shown as written and never interpreted.
public enum ReportEscaping {
  /// Text for HTML element content and quoted attribute values.
  public static func html(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "`": result += "&#96;"
      case "|": result += "&#124;"
      default: result.unicodeScalars.append(character)
      }
    }
    return result
  }

  /// Text for a Markdown table cell or line: markup characters are backslash-escaped, HTML
  /// characters become entities, line breaks become spaces.
  public static func markdown(_ text: String) -> String {
    var result = ""
    for character in text.unicodeScalars {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\n", "\r", "\t": result += " "
      case "\\", "|", "`", "*", "_", "[", "]", "#", "~", "$":
        result += "\\"
        result.unicodeScalars.append(character)
      default: result.unicodeScalars.append(character)
      }
    }
    return result
  }

  /// Bytes that make a CSV field quoted: `, " LF CR | ` < > &` (all ASCII).
  private static let csvSpecial: Set<UInt8> = [
    0x2C, 0x22, 0x0A, 0x0D, 0x7C, 0x60, 0x3C, 0x3E, 0x26,
  ]

  /// One CSV field (RFC 4180): quoted when it holds a separator, quote, line break or markup
  /// character, quotes doubled; a leading `=`, `+`, `-` or `@` is prefixed with `'` so that a
  /// spreadsheet never runs it as a formula.
  public static func csv(_ text: String) -> String {
    var value = text
    if let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) {
      value = "'" + value
    }
    guard value.utf8.contains(where: csvSpecial.contains) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// JSON text with `<`, `>`, `&`, `` ` `` and `|` written as `\u` escapes, so the file is
  /// safe to embed in a page and still decodes to the same strings.
  public static func json(_ encoded: String) -> String {
    var result = ""
    result.reserveCapacity(encoded.utf8.count)
    for character in encoded.unicodeScalars {
      switch character {
      case "<": result += "\\u003c"
      case ">": result += "\\u003e"
      case "&": result += "\\u0026"
      case "`": result += "\\u0060"
      case "|": result += "\\u007c"
      default: result.unicodeScalars.append(character)
      }
    }
    return result
  }
}
