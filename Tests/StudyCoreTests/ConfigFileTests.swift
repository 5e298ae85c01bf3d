import StudyCore
import Testing

struct ConfigFileTests {
  static let sample = """
    # NoteDrill settings
    notes = ["~/notes/aws", '/srv/notes/cs']  # two folders
    daily-new-limit = 30
    desired-retention = 0.92
    theme = "mono"
    wrap = true

    [keys]
    undo = "z"
    quit = "\\"q\\""
    """

  @Test func readsEveryKindOfValueWithItsLine() throws {
    let file = try ConfigFile.parse(Self.sample)
    #expect(file.value("notes")?.value == .strings(["~/notes/aws", "/srv/notes/cs"]))
    #expect(file.value("notes")?.line == 2)
    #expect(file.value("daily-new-limit")?.value == .integer(30))
    #expect(file.value("desired-retention")?.value == .decimal(0.92))
    #expect(file.value("theme")?.value == .string("mono"))
    #expect(file.value("wrap")?.value == .boolean(true))
    #expect(file.value("undo", in: "keys")?.value == .string("z"))
    #expect(file.value("quit", in: "keys")?.value == .string("\"q\""))
    #expect(file.value("undo") == nil)
  }

  @Test(arguments: [
    ("daily-new-limit 30", "line 1: expected key = value"),
    ("theme = mono", "line 1: 'mono' is not a value (quote text: \"…\"; numbers; true/false)"),
    ("a = 1\na = 2", "line 2: 'a' is set twice"),
    ("x = \"open", "line 1: the string is not closed"),
    ("[keys\nundo = \"u\"", "line 1: a table header is written [name]"),
    ("notes = [\"a\" \"b\"]", "line 1: array items are strings separated by commas"),
    ("\n\nnotes = [\"a\",", "line 3: an array must close on the same line with ]"),
    ("my key = 1", "line 1: 'my key' is not a key (letters, digits, - and _)"),
  ])
  func badLinesAreOneLineErrorsNamingTheLine(text: String, message: String) {
    #expect(throws: ConfigFile.ParseError.self) { try ConfigFile.parse(text) }
    do {
      _ = try ConfigFile.parse(text)
    } catch {
      #expect(error.description == message)
    }
  }

  @Test func settingAKeyRewritesOnlyItsLine() throws {
    let changed = try ConfigFile.setting("daily-new-limit", to: .integer(45), in: Self.sample)
    let before = Self.sample.split(separator: "\n", omittingEmptySubsequences: false)
    let after = changed.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(before.count == after.count)
    #expect(after[2] == "daily-new-limit = 45")
    #expect(
      zip(before, after).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset) == [2])
    // A trailing comment stays with its line.
    let notes = try ConfigFile.setting("notes", to: .strings(["~/n"]), in: Self.sample)
    #expect(notes.contains("notes = [\"~/n\"]  # two folders"))
  }

  @Test func newKeysGoToTheirTable() throws {
    let top = try ConfigFile.setting("day-start-hour", to: .integer(5), in: Self.sample)
    let parsed = try ConfigFile.parse(top)
    #expect(parsed.value("day-start-hour")?.value == .integer(5))
    #expect(parsed.value("day-start-hour")?.table == "")
    let key = try ConfigFile.setting("edit", to: .string("E"), in: Self.sample, table: "keys")
    #expect(try ConfigFile.parse(key).value("edit", in: "keys")?.value == .string("E"))
    let fresh = try ConfigFile.setting("edit", to: .string("E"), in: "", table: "keys")
    #expect(fresh == "[keys]\nedit = \"E\"\n")
    let empty = try ConfigFile.setting("theme", to: .string("dark"), in: "")
    #expect(try ConfigFile.parse(empty).value("theme")?.value == .string("dark"))
  }

  @Test func renderedValuesReadBack() throws {
    let values: [ConfigFile.Value] = [
      .string("a \"quoted\" \\ path\n"), .integer(-3), .decimal(0.85), .boolean(false),
      .strings(["x", "y z"]),
    ]
    for value in values {
      let text = "k = \(ConfigFile.render(value))"
      #expect(try ConfigFile.parse(text).value("k")?.value == value)
    }
  }
}
