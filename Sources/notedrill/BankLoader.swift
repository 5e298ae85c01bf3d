import Foundation
import NoteOutline
import StudyCore

/// Builds the question bank for a command: notes, alias lists, the bank.
enum BankLoader {
  /// The alias lists that apply: the bundled `Content/aliases.txt`, then an `aliases.txt` in
  /// the notes directory (the user's additions). Problems are printed as warnings.
  static func aliases(notesPath: String) -> AliasTable {
    var table = AliasTable()
    var files: [String] = []
    if let bundled = NotesLocation.bundledContent(executablePath: CommandLine.arguments[0]) {
      files.append((bundled as NSString).appendingPathComponent("aliases.txt"))
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: notesPath, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      files.append((notesPath as NSString).appendingPathComponent("aliases.txt"))
    }
    var seen: Set<String> = []
    for file in files {
      let resolved = URL(fileURLWithPath: file).standardizedFileURL.path
      guard seen.insert(resolved).inserted,
        let text = try? String(contentsOfFile: resolved, encoding: .utf8)
      else { continue }
      let (parsed, problems) = AliasTable.parse(text)
      for (line, message) in problems {
        StandardError.print("\(resolved):\(line): warning: \(message)")
      }
      table.merge(parsed)
    }
    return table
  }

  /// Loads the notes and builds the bank.
  static func bank(_ options: NotesOptions) throws -> (LoadedNotes, QuestionBank) {
    let (loaded, _, bank) = try notes(options)
    return (loaded, bank)
  }

  /// Loads the notes and the alias lists that apply, and builds the bank.
  static func notes(_ options: NotesOptions) throws -> (LoadedNotes, AliasTable, QuestionBank) {
    let location = try options.location()
    let loaded = try options.load()
    let aliases = aliases(notesPath: location.path)
    return (loaded, aliases, QuestionBank.build(loaded.documents, aliases: aliases))
  }
}
