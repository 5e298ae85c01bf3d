import ArgumentParser
import Foundation
import ProgressStore

/// `notedrill config`: the settings kept in the progress store.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Show or change settings (kept in the progress store).",
    discussion: "Settings: "
      + StoreSetting.allCases.map { "\($0.rawValue): \($0.summary)" }.joined(separator: "; ")
      + ".",
    subcommands: [List.self, Get.self, Change.self],
    defaultSubcommand: List.self)

  /// `config list`: every setting with its value, and where the store is.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List every setting, its value and whether it is the default.")

    func run() throws {
      let database = try StoreAccess.open()
      let (settings, explicit) = try StoreAccess.attempt { () throws(StoreError) in
        (try database.settings(), try database.explicitSettings())
      }
      print("store: \(database.displayPath)")
      let width = StoreSetting.allCases.map(\.rawValue.count).max() ?? 0
      for setting in StoreSetting.allCases {
        let name = setting.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
        let origin = explicit.contains(setting) ? "set" : "default"
        print("\(name)  \(settings.text(for: setting))  (\(origin)) — \(setting.summary)")
      }
    }
  }

  /// `config get KEY`: one setting's value.
  struct Get: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print one setting's value.")
    @Argument(help: "The setting's name (see `notedrill config list`).") var key: String

    func validate() throws { _ = try ConfigCommand.setting(key) }

    func run() throws {
      let setting = try ConfigCommand.setting(key)
      let database = try StoreAccess.open()
      let settings = try StoreAccess.attempt { () throws(StoreError) in try database.settings() }
      print(settings.text(for: setting))
    }
  }

  /// `config set KEY VALUE`: changes one setting after checking the value.
  struct Change: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "set", abstract: "Change one setting.")
    @Argument(help: "The setting's name (see `notedrill config list`).") var key: String
    @Argument(help: "The new value.") var value: String

    func validate() throws {
      var check = StoreSettings.defaults
      do {
        try check.set(try ConfigCommand.setting(key), text: value)
      } catch let error as StoreError {
        throw ValidationError(error.description)
      }
    }

    func run() throws {
      let setting = try ConfigCommand.setting(key)
      let database = try StoreAccess.open()
      let settings = try StoreAccess.attempt { () throws(StoreError) in
        try database.updateSetting(setting, to: value)
      }
      print("\(setting.rawValue) = \(settings.text(for: setting))")
    }
  }

  /// The setting named `key`, or a usage error listing the names.
  static func setting(_ key: String) throws -> StoreSetting {
    guard let setting = StoreSetting(rawValue: key) else {
      throw ValidationError(StoreError.unknownSetting(key).description)
    }
    return setting
  }
}
