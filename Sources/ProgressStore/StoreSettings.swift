import Foundation
import StudyCore

/// The settings kept in the store, by the names `notedrill config` uses.
public enum StoreSetting: String, Sendable, CaseIterable, Codable {
  /// New cards introduced per study day.
  case dailyNewLimit = "daily-new-limit"
  /// The probability of recall FSRS aims for when a card comes due.
  case desiredRetention = "desired-retention"
  /// The local hour at which a study day begins.
  case dayStartHour = "day-start-hour"

  /// What the setting does, for `config list`.
  public var summary: String {
    switch self {
    case .dailyNewLimit: "new cards introduced per study day (0 to 1000)"
    case .desiredRetention: "probability of recall aimed for at each review (0.70 to 0.99)"
    case .dayStartHour: "local hour at which a study day begins (0 to 23)"
    }
  }

  /// The value used when none is stored, as text.
  public var defaultText: String { StoreSettings.defaults.text(for: self) }
}

/// Every setting's value.
public struct StoreSettings: Sendable, Equatable, Codable {
  /// New cards introduced per study day.
  public var dailyNewLimit: Int
  /// The probability of recall FSRS aims for.
  public var desiredRetention: Double
  /// The local hour at which a study day begins.
  public var dayStartHour: Int
  /// The FSRS weights in force: the notes folder's fitted ones (`notedrill fsrs optimize
  /// --apply`), else the defaults.
  public var weights: FSRSWeights = .defaults

  /// 20 new cards a day, 90% retention, days starting at 4 am.
  public static let defaults = StoreSettings(
    dailyNewLimit: 20, desiredRetention: SchedulerParameters.defaultDesiredRetention,
    dayStartHour: 4)

  /// Settings with every value given.
  public init(dailyNewLimit: Int, desiredRetention: Double, dayStartHour: Int) {
    self.dailyNewLimit = dailyNewLimit
    self.desiredRetention = desiredRetention
    self.dayStartHour = dayStartHour
  }

  /// `text` checked as a value of `setting` and written the way it is kept (` 35 ` → `35`).
  ///
  /// - Throws: ``StoreError/invalidSetting(key:value:reason:)`` naming the allowed range.
  public static func checkedText(_ setting: StoreSetting, _ text: String) throws(StoreError)
    -> String
  {
    var probe = defaults
    try probe.set(setting, text: text)
    return probe.text(for: setting)
  }

  /// One value as text.
  public func text(for setting: StoreSetting) -> String {
    switch setting {
    case .dailyNewLimit: String(dailyNewLimit)
    case .desiredRetention: String(desiredRetention)
    case .dayStartHour: String(dayStartHour)
    }
  }

  /// Sets one value from text, checked.
  ///
  /// - Throws: ``StoreError/invalidSetting(key:value:reason:)`` naming the allowed range.
  public mutating func set(_ setting: StoreSetting, text: String) throws(StoreError) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    switch setting {
    case .dailyNewLimit:
      dailyNewLimit = try Self.integer(trimmed, setting, in: 0...1000)
    case .dayStartHour:
      dayStartHour = try Self.integer(trimmed, setting, in: 0...23)
    case .desiredRetention:
      guard let value = Double(trimmed), value.isFinite, (0.70...0.99).contains(value) else {
        throw .invalidSetting(
          key: setting.rawValue, value: text, reason: "must be a number from 0.70 to 0.99")
      }
      desiredRetention = value
    }
  }

  /// The scheduler these settings ask for: the weights in force with the desired retention.
  public var schedulerParameters: SchedulerParameters {
    (try? SchedulerParameters(weights: weights, desiredRetention: desiredRetention)) ?? .default
  }

  private static func integer(_ text: String, _ setting: StoreSetting, in range: ClosedRange<Int>)
    throws(StoreError) -> Int
  {
    guard let value = Int(text), range.contains(value) else {
      throw .invalidSetting(
        key: setting.rawValue, value: text,
        reason: "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return value
  }
}
