/// JSON made safe to print: the one step every JSON output of NoteDrill goes through after its
/// encoder. Encoders escape C0 controls already; C1 controls (U+0080–U+009F, which some
/// terminals obey as CSI or OSC), DEL and the bidirectional formatting characters (U+202E and
/// kin) are left raw by them, so this writes them as `\u` escapes. They can only stand inside
/// strings there, where the escape decodes to the same character.
public enum JSONSafeText {
  /// `json` with C1 controls, DEL, U+2028/U+2029 (line breaks to a terminal) and bidirectional
  /// formatting characters as `\u` escapes.
  public static func escape(_ json: String) -> String {
    guard json.utf8.contains(where: { $0 == 0x7F || $0 >= 0x80 }) else { return json }
    var out = String.UnicodeScalarView()
    var changed = false
    for scalar in json.unicodeScalars {
      let value = scalar.value
      if value == 0x7F || (0x80..<0xA0).contains(value) || value == 0x2028 || value == 0x2029
        || isBidiControl(value)
      {
        let digits = String(value, radix: 16)
        out.append(
          contentsOf: ("\\u" + String(repeating: "0", count: 4 - digits.count) + digits)
            .unicodeScalars)
        changed = true
      } else {
        out.append(scalar)
      }
    }
    return changed ? String(out) : json
  }

  /// Embeddings, overrides, isolates and the directional marks.
  static func isBidiControl(_ value: UInt32) -> Bool {
    switch value {
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
