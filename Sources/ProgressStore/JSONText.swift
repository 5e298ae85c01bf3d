import Foundation

/// Small JSON arrays of strings (keys, options, terms, heading paths) written by hand: the
/// reconcile of 100k questions writes 400k of them, where a `JSONEncoder` would take seconds.
enum JSONText {
  /// `["a","b"]` with JSON string escapes.
  static func array(_ values: [String]) -> String {
    var out = "["
    for (index, value) in values.enumerated() {
      if index > 0 { out += "," }
      appendString(value, to: &out)
    }
    out += "]"
    return out
  }

  /// The strings of a JSON array, or an empty list for anything else.
  static func strings(_ text: String) -> [String] {
    (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
  }

  private static func appendString(_ value: String, to out: inout String) {
    out += "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case let control where control.value < 0x20:
        let hex = String(control.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
