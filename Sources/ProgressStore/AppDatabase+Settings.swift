import Foundation
import GRDB
import StudyCore

extension AppDatabase {
  /// The settings in force (defaults for any not set).
  public func settings() throws(StoreError) -> StoreSettings {
    try read { db in try Self.settings(db) }
  }

  /// Which settings were set explicitly (the rest are defaults).
  public func explicitSettings() throws(StoreError) -> Set<StoreSetting> {
    try read { db in
      Set(try SettingRecord.fetchAll(db).compactMap { StoreSetting(rawValue: $0.key) })
    }
  }

  /// Stores one setting from text after checking it.
  ///
  /// - Throws: ``StoreError/invalidSetting(key:value:reason:)`` for a value out of range.
  @discardableResult
  public func updateSetting(_ setting: StoreSetting, to text: String) throws(StoreError)
    -> StoreSettings
  {
    var checked = StoreSettings.defaults
    try checked.set(setting, text: text)
    let value = checked.text(for: setting)
    return try write { db in
      try SettingRecord(key: setting.rawValue, value: value).save(db)
      return try Self.settings(db)
    }
  }

  /// The settings read inside a transaction; a stored value that no longer passes the checks
  /// (written by hand, say) falls back to its default.
  static func settings(_ db: Database) throws -> StoreSettings {
    var settings = StoreSettings.defaults
    for record in try SettingRecord.fetchAll(db) {
      guard let setting = StoreSetting(rawValue: record.key) else { continue }
      try? settings.set(setting, text: record.value)
    }
    return settings
  }

  /// The id of the stored parameter set for `parameters`, added when new.
  static func parametersID(_ db: Database, for parameters: SchedulerParameters) throws -> Int64 {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = String(decoding: try encoder.encode(parameters), as: UTF8.self)
    if let id = try Int64.fetchOne(
      db, sql: "SELECT id FROM schedulerParameters WHERE json = ?", arguments: [json])
    {
      return id
    }
    var record = SchedulerParametersRecord(id: nil, json: json)
    try record.insert(db)
    return record.id ?? db.lastInsertedRowID
  }

  /// Every stored parameter set, as schedulers, by id.
  static func schedulers(_ db: Database) throws -> [Int64: FSRSScheduler] {
    var schedulers: [Int64: FSRSScheduler] = [:]
    for record in try SchedulerParametersRecord.fetchAll(db) {
      guard let id = record.id else { continue }
      let parameters = try JSONDecoder().decode(
        SchedulerParameters.self, from: Data(record.json.utf8))
      schedulers[id] = FSRSScheduler(parameters: parameters)
    }
    return schedulers
  }
}
