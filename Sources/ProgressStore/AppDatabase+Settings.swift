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
    let value = try StoreSettings.checkedText(setting, text)
    return try write { db in
      try SettingRecord(key: setting.rawValue, value: value).save(db)
      return try Self.settings(db)
    }
  }

  /// Makes the stored settings exactly `values` (the learner's config file and environment):
  /// each one saved, every other one removed so its default applies. Writes only when they
  /// differ, so opening an unchanged store writes nothing.
  ///
  /// - Throws: ``StoreError/invalidSetting(key:value:reason:)`` for a value out of range.
  public func mirrorSettings(_ values: [StoreSetting: String]) throws(StoreError) {
    var checked: [String: String] = [:]
    for (setting, text) in values {
      checked[setting.rawValue] = try StoreSettings.checkedText(setting, text)
    }
    let stored = try read { db in
      Dictionary(
        try SettingRecord.fetchAll(db).map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
    }
    let known = Set(StoreSetting.allCases.map(\.rawValue))
    guard stored.filter({ known.contains($0.key) }) != checked else { return }
    try write { db in
      for key in stored.keys where known.contains(key) && checked[key] == nil {
        _ = try SettingRecord.deleteOne(db, key: key)
      }
      for (key, value) in checked where stored[key] != value {
        try SettingRecord(key: key, value: value).save(db)
      }
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
    if let fitted = try fittedWeights(db) { settings.weights = fitted.weights }
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
