import Foundation
import StudyCore

/// FSRS weights fitted to the learner's log by `notedrill fsrs optimize --apply`, kept per notes
/// folder (setting `fsrs-weights@<folder>`), with when and from how much they were fitted.
public struct FittedWeights: Sendable, Equatable, Codable {
  /// The weights.
  public var weights: FSRSWeights
  /// When they were fitted (microseconds since 1970).
  public var fittedAt: Int64
  /// Scored reviews the fit used.
  public var reviews: Int
  /// Held-out log loss of the defaults and of the fit when they were applied.
  public var defaultLogLoss: Double?
  /// Held-out log loss of the fitted weights when they were applied.
  public var fittedLogLoss: Double?

  /// Weights with every field given.
  public init(
    weights: FSRSWeights, fittedAt: Int64, reviews: Int, defaultLogLoss: Double? = nil,
    fittedLogLoss: Double? = nil
  ) {
    self.weights = weights
    self.fittedAt = fittedAt
    self.reviews = reviews
    self.defaultLogLoss = defaultLogLoss
    self.fittedLogLoss = fittedLogLoss
  }

  /// The setting's key for the notes folder at `path`.
  static func key(folder path: String) -> String { "fsrs-weights@" + path }

  /// The storeMeta key naming the notes folder the store was last opened for.
  static let folderKey = "notesFolder"
}
