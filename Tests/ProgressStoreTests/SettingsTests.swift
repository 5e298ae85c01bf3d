import Foundation
import StudyCore
import Testing

@testable import ProgressStore

@Suite struct SettingsTests {
  @Test func defaultsUntilSet() throws {
    let store = try AppDatabase.inMemory()
    #expect(try store.settings() == StoreSettings.defaults)
    #expect(
      StoreSettings.defaults
        == StoreSettings(dailyNewLimit: 20, desiredRetention: 0.9, dayStartHour: 4))
    #expect(try store.explicitSettings().isEmpty)
    try store.updateSetting(.dailyNewLimit, to: " 35 ")
    try store.updateSetting(.desiredRetention, to: "0.85")
    #expect(
      try store.settings()
        == StoreSettings(dailyNewLimit: 35, desiredRetention: 0.85, dayStartHour: 4))
    #expect(try store.explicitSettings() == [.dailyNewLimit, .desiredRetention])
  }

  @Test(arguments: [
    (StoreSetting.dailyNewLimit, "-1", "must be a whole number from 0 to 1000"),
    (.dailyNewLimit, "lots", "must be a whole number from 0 to 1000"),
    (.dayStartHour, "24", "must be a whole number from 0 to 23"),
    (.desiredRetention, "0.5", "must be a number from 0.70 to 0.99"),
    (.desiredRetention, "nan", "must be a number from 0.70 to 0.99"),
  ])
  func outOfRangeValuesAreRefusedWithTheirRange(setting: StoreSetting, text: String, reason: String)
    throws
  {
    let store = try AppDatabase.inMemory()
    #expect(throws: StoreError.invalidSetting(key: setting.rawValue, value: text, reason: reason)) {
      try store.updateSetting(setting, to: text)
    }
    #expect(try store.settings() == StoreSettings.defaults)
  }

  @Test func desiredRetentionShapesTheNextInterval() throws {
    let start = try instant("2024-03-01T09:00:00Z")
    let store = try makeStore(questions(2), at: start)
    try store.answer(question(0), .easy, at: start)
    try store.updateSetting(.desiredRetention, to: "0.8")
    let looser = try store.answer(question(1), .easy, at: start)
    let first = try #require(try store.card(questionID: question(0).id))
    #expect(looser.after.card.due > first.card.due)
    let log = try store.reviewLog()
    #expect(log[0].parametersID != log[1].parametersID)
    #expect(try store.verifyCache().isConsistent)
  }

  @Test func aBadValueWrittenByHandFallsBackToItsDefault() throws {
    let store = try AppDatabase.inMemory()
    try store.execute("INSERT INTO setting (key, value) VALUES ('day-start-hour', 'noon')")
    #expect(try store.settings().dayStartHour == 4)
  }

  @Test func theStoreLivesWhereTheEnvironmentSays() {
    let home = "/home/learner"
    #expect(
      StoreLocation.resolve(environment: ["NOTEDRILL_HOME": "/data/nd"], homeDirectory: home).path
        == "/data/nd/progress.sqlite")
    #expect(
      StoreLocation.resolve(
        environment: ["XDG_DATA_HOME": "/xdg", "NOTEDRILL_HOME": ""], homeDirectory: home
      ).path
        == "/xdg/notedrill/progress.sqlite")
    #expect(
      StoreLocation.resolve(environment: [:], homeDirectory: home).path
        == "/home/learner/.local/share/notedrill/progress.sqlite")
  }
}
