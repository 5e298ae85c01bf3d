import ArgumentParser
import Foundation
import NoteDrillWiring
import NoteOutline
import ProgressStore
import StudyCore

/// `notedrill config`: the learner's settings file (`config.toml`).
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Show or change settings (kept in config.toml).",
    discussion: """
      The file is $NOTEDRILL_CONFIG, else $NOTEDRILL_HOME/config.toml, else \
      $XDG_CONFIG_HOME/notedrill/config.toml, else ~/.config/notedrill/config.toml. A setting \
      comes from the command line, else the environment (NOTEDRILL_DAILY_NEW_LIMIT, …), else \
      the file, else its default. Settings: notes: the notes folder(s); 
      """
        + StoreSetting.allCases.map { "\($0.rawValue): \($0.summary)" }.joined(separator: "; ")
        + ".",
    subcommands: [List.self, Get.self, Change.self],
    defaultSubcommand: List.self)

  /// `config list`: every setting with its value, and with `--origin` where it came from.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List every setting and its value; --origin says where each came from.")
    @Flag(name: .long, help: "Show where each value came from: env, file line, default.")
    var origin = false

    func run() throws {
      let config = try StoreAccess.config()
      let resolved = try ConfigCommand.resolved(config)
      print("config: \(config.url.path)\(config.exists ? "" : " (not written yet)")")
      let width = LearnerConfig.keys.map(\.count).max() ?? 0
      let notes = ConfigCommand.notes(config)
      var rows = [(LearnerConfig.notesKey, notes.text, notes.origin, "the notes folder(s)")]
      for setting in StoreSetting.allCases {
        let value = resolved[setting] ?? (setting.defaultText, .defaultValue)
        rows.append((setting.rawValue, value.text, value.origin.description, setting.summary))
      }
      for (key, value, source, summary) in rows {
        let name = key.padding(toLength: width, withPad: " ", startingAt: 0)
        print(origin ? "\(name)  \(value)  (\(source)) — \(summary)" : "\(name)  \(value)")
      }
    }
  }

  /// `config get KEY`: one setting's value in force.
  struct Get: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print one setting's value.")
    @Argument(help: "The setting's name (see `notedrill config list`).") var key: String

    func validate() throws { try ConfigCommand.check(key) }

    func run() throws {
      let config = try StoreAccess.config()
      if key == LearnerConfig.notesKey {
        print(ConfigCommand.notes(config).text)
        return
      }
      let setting = try ConfigCommand.setting(key)
      print(try ConfigCommand.resolved(config)[setting]?.text ?? setting.defaultText)
    }
  }

  /// `config set KEY VALUE`: checks the value and writes it into the file, changing that line
  /// only.
  struct Change: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "set", abstract: "Change one setting in the config file.")
    @Argument(help: "The setting's name (see `notedrill config list`).") var key: String
    @Argument(help: "The new value.") var value: String

    func validate() throws {
      try ConfigCommand.check(key)
      guard let setting = StoreSetting(rawValue: key) else { return }
      do {
        _ = try StoreSettings.checkedText(setting, value)
      } catch {
        throw ValidationError(error.description)
      }
    }

    func run() throws {
      let config = try StoreAccess.config()
      let written: ConfigFile.Value =
        key == LearnerConfig.notesKey ? .string(value) : .parsed(value)
      do {
        _ = try config.write(key, written)
      } catch {
        StandardError.print(error.description)
        throw ExitCode(1)
      }
      if let setting = StoreSetting(rawValue: key) {
        print("\(key) = \((try? StoreSettings.checkedText(setting, value)) ?? value)")
      } else {
        print("\(key) = \(value)")
      }
    }
  }

  /// A usage error for a key that is no setting.
  static func check(_ key: String) throws {
    guard LearnerConfig.keys.contains(key) else {
      throw ValidationError(StoreError.unknownSetting(key).description + ", notes")
    }
  }

  /// The setting named `key`, or a usage error listing the names.
  static func setting(_ key: String) throws -> StoreSetting {
    guard let setting = StoreSetting(rawValue: key) else {
      throw ValidationError(StoreError.unknownSetting(key).description)
    }
    return setting
  }

  static func resolved(_ config: LearnerConfig) throws
    -> [StoreSetting: (text: String, origin: LearnerConfig.Origin)]
  {
    do {
      return try config.resolved()
    } catch {
      StandardError.print(error.description)
      throw ExitCode(1)
    }
  }

  /// The notes folders in force and where they came from.
  static func notes(_ config: LearnerConfig) -> (text: String, origin: String) {
    let environment = ProcessInfo.processInfo.environment
    if let value = environment["NOTEDRILL_NOTES"], !value.isEmpty {
      return (value, "env NOTEDRILL_NOTES")
    }
    if let entry = config.file.value(LearnerConfig.notesKey), !config.notes.isEmpty {
      return (config.notes.joined(separator: ", "), "file line \(entry.line)")
    }
    let bundled =
      NotesLocation.bundledContent(executablePath: CommandLine.arguments[0]) ?? "(none found)"
    return (bundled, "default: bundled Content/")
  }
}
