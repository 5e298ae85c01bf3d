import Foundation
import NoteOutline
import StudyCore

/// Builds the question bank for a command: notes, alias lists, the bank.
enum BankLoader {
  /// The alias lists that apply: the bundled `Content/aliases.txt`, then an `aliases.txt` in
  /// the notes directory (the user's additions). Problems are printed as warnings.
  static func aliases(notesPath: String) -> AliasTable {
    aliasesAndFiles(notesPath: notesPath).table
  }

  /// The alias lists that apply, and the files they were read from (in order).
  static func aliasesAndFiles(notesPath: String) -> (table: AliasTable, files: [String]) {
    let files = aliasFiles(notesPath: notesPath)
    let (table, problems) = parseAliases(files)
    for problem in problems { StandardError.print(problem) }
    return (table, files)
  }

  /// The alias files that exist, in the order they apply, each once.
  static func aliasFiles(notesPath: String) -> [String] {
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
    return files.map { URL(fileURLWithPath: $0).standardizedFileURL.path }.filter {
      FileManager.default.fileExists(atPath: $0) && seen.insert($0).inserted
    }
  }

  /// The alias lists in `files` merged, and their problems as `path:line: warning: …` lines.
  static func parseAliases(_ files: [String]) -> (AliasTable, [String]) {
    var table = AliasTable()
    var problems: [String] = []
    for file in files {
      guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
      let (parsed, found) = AliasTable.parse(text)
      problems += found.map { "\(file):\($0.0): warning: \($0.1)" }
      table.merge(parsed)
    }
    return (table, problems)
  }

  /// Loads the notes and builds the bank.
  static func bank(_ options: NotesOptions) throws -> (LoadedNotes, QuestionBank) {
    let (loaded, _, bank) = try notes(options)
    return (loaded, bank)
  }

  /// Loads the notes and the alias lists that apply, and builds the bank.
  static func notes(_ options: NotesOptions) throws -> (LoadedNotes, AliasTable, QuestionBank) {
    let location = try options.location()
    let (aliases, aliasFiles) = aliasesAndFiles(notesPath: location.path)
    let key = BankCache.key(notePaths: location.paths, aliasFiles: aliasFiles)
    let loaded = try options.load()
    let bank = cachedBank(
      key: key, loaded: loaded, aliases: aliases, aliasFiles: aliasFiles,
      rekey: { BankCache.key(notePaths: location.paths, aliasFiles: aliasFiles) })
    return (loaded, aliases, bank)
  }

  /// The bank from the cache when its key matches, else built (and stored when the notes did
  /// not change while they were read: `rekey` gives the key again after reading). What the
  /// bank cut or skipped for size is printed either way (`path:line: warning: …`).
  static func cachedBank(
    key: String, loaded: LoadedNotes, aliases: AliasTable, aliasFiles: [String],
    rekey: () -> String
  ) -> QuestionBank {
    let cache = BankCache.standard
    if let cache, let bank = cache.snapshot(key: key)?.bank() {
      for warning in bank.report.warnings { StandardError.print(warning.description) }
      return bank
    }
    let bank = QuestionBank.build(loaded.documents, aliases: aliases)
    for warning in bank.report.warnings { StandardError.print(warning.description) }
    if let cache, rekey() == key {
      let diagnostics = loaded.diagnostics.map(\.description)
      cache.store(
        bank, key: key,
        extras: CachedPlainDrill.extras(bank, diagnostics: diagnostics, aliasFiles: aliasFiles))
    }
    return bank
  }
}
