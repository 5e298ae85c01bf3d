import Foundation
import ProgressStore
import StudyCore

/// The learner's settings file and how every setting is decided: the command line, then the
/// environment, then the file, then the default.
///
/// The file is `$NOTEDRILL_CONFIG` when set, else `$NOTEDRILL_HOME/config.toml` (a home folder
/// that keeps everything together, as tests and portable set-ups use), else
/// `$XDG_CONFIG_HOME/notedrill/config.toml`, else `~/.config/notedrill/config.toml`. It holds
/// `notes` (a folder, or a list of folders) and the study settings by the names `notedrill
/// config` uses. The store holds progress; it keeps a copy of the settings in force so every
/// query sees them, rewritten from this file whenever they differ.
public struct LearnerConfig: Sendable {
  /// Where a setting's value came from.
  public enum Origin: Equatable, Sendable, CustomStringConvertible {
    /// A command-line flag.
    case flag(String)
    /// An environment variable.
    case environment(String)
    /// The config file, at this line.
    case file(line: Int)
    /// Nothing set it.
    case defaultValue

    /// `env NOTEDRILL_…`, `file line 3`, `default`.
    public var description: String {
      switch self {
      case .flag(let name): "flag \(name)"
      case .environment(let name): "env \(name)"
      case .file(let line): "file line \(line)"
      case .defaultValue: "default"
      }
    }
  }

  /// A problem with the file, as one line naming it and the line.
  public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
    /// What to print.
    public var description: String
  }

  /// The key that names the notes folder(s).
  public static let notesKey = "notes"

  /// The file this config was read from (it may not exist yet).
  public let url: URL
  /// What the file says (empty when there is no file).
  public let file: ConfigFile
  /// The raw text of the file ("" when there is none), for edits that keep every other byte.
  public let text: String
  /// Whether the file exists.
  public let exists: Bool
  /// The environment the settings were resolved in.
  public let environment: [String: String]

  /// The config file's place for this environment.
  public static func location(environment: [String: String], homeDirectory: String) -> URL {
    if let path = nonEmpty(environment["NOTEDRILL_CONFIG"]) { return URL(fileURLWithPath: path) }
    if let home = nonEmpty(environment["NOTEDRILL_HOME"]) {
      return URL(fileURLWithPath: home).appendingPathComponent("config.toml")
    }
    let base =
      nonEmpty(environment["XDG_CONFIG_HOME"]).map { URL(fileURLWithPath: $0) }
      ?? URL(fileURLWithPath: homeDirectory).appendingPathComponent(".config")
    return base.appendingPathComponent("notedrill/config.toml")
  }

  /// Reads the config file for `environment` and checks every line.
  ///
  /// - Throws: ``Problem`` (`path:line: message`) for a line that does not parse, an unknown
  ///   key, or a value out of range.
  public static func load(
    environment: [String: String], homeDirectory: String
  ) throws(Problem) -> LearnerConfig {
    let url = location(environment: environment, homeDirectory: homeDirectory)
    var text = ""
    var exists = false
    if FileManager.default.fileExists(atPath: url.path) {
      guard let data = FileManager.default.contents(atPath: url.path),
        let decoded = String(data: data, encoding: .utf8)
      else { throw Problem(description: "\(url.path): error: cannot read the file as UTF-8 text") }
      text = decoded
      exists = true
    }
    let file: ConfigFile
    do {
      file = try ConfigFile.parse(text)
    } catch {
      throw Problem(description: "\(url.path):\(error.line): error: \(error.message)")
    }
    let config = LearnerConfig(
      url: url, file: file, text: text, exists: exists, environment: environment)
    try config.check()
    return config
  }

  /// Every key the file may hold.
  public static var keys: [String] { [notesKey] + StoreSetting.allCases.map(\.rawValue) }

  private func check() throws(Problem) {
    for entry in file.entries {
      guard entry.table.isEmpty, Self.keys.contains(entry.key) else {
        let name = entry.table.isEmpty ? entry.key : "[\(entry.table)] \(entry.key)"
        throw Problem(
          description: "\(url.path):\(entry.line): error: unknown setting '\(name)' (known: "
            + Self.keys.joined(separator: ", ") + ")")
      }
      if entry.key == Self.notesKey {
        switch entry.value {
        case .string, .strings: continue
        default:
          throw Problem(
            description: "\(url.path):\(entry.line): error: notes is a folder in quotes, "
              + "or a list of them")
        }
      }
      guard let setting = StoreSetting(rawValue: entry.key) else { continue }
      do {
        _ = try StoreSettings.checkedText(setting, entry.value.text)
      } catch {
        throw Problem(description: "\(url.path):\(entry.line): error: \(error)")
      }
    }
  }

  // MARK: - Notes

  /// The notes folders the file names, `~` expanded and relative paths taken from the file's
  /// folder; empty when it names none.
  public var notes: [String] {
    guard let entry = file.value(Self.notesKey) else { return [] }
    let paths: [String]
    switch entry.value {
    case .string(let path): paths = [path]
    case .strings(let list): paths = list
    default: paths = []
    }
    return paths.filter { !$0.isEmpty }.map(absolute)
  }

  private func absolute(_ path: String) -> String {
    var expanded = path
    if expanded == "~" || expanded.hasPrefix("~/") {
      expanded = NSHomeDirectory() + expanded.dropFirst()
    }
    if expanded.hasPrefix("/") { return expanded }
    return url.deletingLastPathComponent().appendingPathComponent(expanded).path
  }

  // MARK: - Settings

  /// The environment variable that sets `setting` (`NOTEDRILL_DAILY_NEW_LIMIT`).
  public static func environmentName(_ setting: StoreSetting) -> String {
    "NOTEDRILL_" + setting.rawValue.uppercased().replacingOccurrences(of: "-", with: "_")
  }

  /// Each setting's value as text and where it came from (environment, then file, then
  /// default). A value in the environment that fails its check is an error naming the
  /// variable.
  public func resolved() throws(Problem) -> [StoreSetting: (text: String, origin: Origin)] {
    var result: [StoreSetting: (text: String, origin: Origin)] = [:]
    for setting in StoreSetting.allCases {
      let name = Self.environmentName(setting)
      if let value = Self.nonEmpty(environment[name]) {
        do {
          result[setting] = (try StoreSettings.checkedText(setting, value), .environment(name))
        } catch {
          throw Problem(description: "error: \(name): \(error)")
        }
      } else if let entry = file.value(setting.rawValue) {
        // Checked when the file was read.
        let text =
          (try? StoreSettings.checkedText(setting, entry.value.text)) ?? setting.defaultText
        result[setting] = (text, .file(line: entry.line))
      } else {
        result[setting] = (setting.defaultText, .defaultValue)
      }
    }
    return result
  }

  /// The settings the store should hold: those set in the environment or the file.
  public func explicitSettings() throws(Problem) -> [StoreSetting: String] {
    var values: [StoreSetting: String] = [:]
    for (setting, value) in try resolved() where value.origin != .defaultValue {
      values[setting] = value.text
    }
    return values
  }

  // MARK: - Writing

  /// Writes `key = value` into the file (created with its folder when missing), changing only
  /// that line; the value is checked first.
  public func write(_ key: String, _ value: ConfigFile.Value) throws(Problem) -> LearnerConfig {
    guard Self.keys.contains(key) else {
      throw Problem(
        description: "error: unknown setting '\(key)' (known: \(Self.keys.joined(separator: ", ")))"
      )
    }
    if let setting = StoreSetting(rawValue: key) {
      do {
        _ = try StoreSettings.checkedText(setting, value.text)
      } catch {
        throw Problem(description: "error: \(error)")
      }
    }
    let updated: String
    do {
      updated = try ConfigFile.setting(key, to: value, in: text)
    } catch {
      throw Problem(description: "\(url.path):\(error.line): error: \(error.message)")
    }
    do {
      let folder = url.deletingLastPathComponent()
      try FileManager.default.createDirectory(
        at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      try Data(updated.utf8).write(to: url, options: .atomic)
    } catch {
      throw Problem(
        description: "\(url.path): error: cannot write the file: \(error.localizedDescription)")
    }
    return try Self.reread(url: url, environment: environment)
  }

  private static func reread(url: URL, environment: [String: String]) throws(Problem)
    -> LearnerConfig
  {
    var env = environment
    env["NOTEDRILL_CONFIG"] = url.path
    return try load(environment: env, homeDirectory: NSHomeDirectory())
  }

  static func nonEmpty(_ value: String?) -> String? {
    guard let value, !value.isEmpty else { return nil }
    return value
  }
}
