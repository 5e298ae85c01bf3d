import Foundation
import GRDB
import StudyCore

extension AppDatabase {
  /// Records that the store now serves the notes folder at `path` (as given by the notes
  /// location): from now on the scheduler uses that folder's fitted weights, if any.
  public func useNotesFolder(_ path: String) throws(StoreError) {
    try write { db in
      let current = try StoreMetaRecord.fetchOne(db, key: FittedWeights.folderKey)
      guard current?.value != path else { return }
      try StoreMetaRecord(key: FittedWeights.folderKey, value: path).save(db)
    }
  }

  /// The notes folder the store serves, when one was recorded.
  public func notesFolder() throws(StoreError) -> String? {
    try read { db in try StoreMetaRecord.fetchOne(db, key: FittedWeights.folderKey)?.value }
  }

  /// The fitted weights in force for the current notes folder, or `nil` for the defaults.
  public func fittedWeights() throws(StoreError) -> FittedWeights? {
    try read { db in try Self.fittedWeights(db) }
  }

  /// Stores `fitted` for the current notes folder; the scheduler uses them from the next answer.
  ///
  /// - Throws: ``StoreError`` when no notes folder is recorded or the write fails.
  public func applyFittedWeights(_ fitted: FittedWeights) throws(StoreError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    guard let data = try? encoder.encode(fitted) else { return }
    let text = String(decoding: data, as: UTF8.self)
    try write { db in
      guard let folder = try StoreMetaRecord.fetchOne(db, key: FittedWeights.folderKey)?.value
      else {
        throw StoreError.invalidSetting(
          key: "fsrs-weights", value: "", reason: "no notes folder recorded")
      }
      try SettingRecord(key: FittedWeights.key(folder: folder), value: text).save(db)
    }
  }

  /// Drops the current notes folder's fitted weights: back to the defaults.
  public func resetFittedWeights() throws(StoreError) {
    try write { db in
      guard let folder = try StoreMetaRecord.fetchOne(db, key: FittedWeights.folderKey)?.value
      else { return }
      _ = try SettingRecord.deleteOne(db, key: FittedWeights.key(folder: folder))
    }
  }

  /// The current folder's fitted weights read inside a transaction; a value that no longer
  /// reads (edited by hand) counts as none.
  static func fittedWeights(_ db: Database) throws -> FittedWeights? {
    guard let folder = try StoreMetaRecord.fetchOne(db, key: FittedWeights.folderKey)?.value,
      let record = try SettingRecord.fetchOne(db, key: FittedWeights.key(folder: folder))
    else { return nil }
    return try? JSONDecoder().decode(FittedWeights.self, from: Data(record.value.utf8))
  }
}
