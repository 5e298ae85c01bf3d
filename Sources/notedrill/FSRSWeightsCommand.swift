import ArgumentParser
import Foundation
import ProgressStore
import StudyCore

extension FSRSCommand {
  /// `notedrill fsrs weights`: the weights the scheduler uses for this notes folder.
  struct Weights: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "weights",
      abstract: "Show the FSRS-6 weights in use for this notes folder (--reset: the defaults).")

    @OptionGroup var notesOptions: NotesOptions
    @Flag(name: .long, help: "Drop the fitted weights; schedule with the defaults.") var reset =
      false

    func run() throws {
      let (database, _) = try StoreAccess.openReconciled(notesOptions)
      if reset {
        try StoreAccess.attempt { () throws(StoreError) in try database.resetFittedWeights() }
      }
      let fitted = try StoreAccess.attempt { () throws(StoreError) in try database.fittedWeights() }
      print(Self.describe(fitted))
    }

    /// One line saying which weights are in use, then the weights.
    static func describe(_ fitted: FittedWeights?) -> String {
      guard let fitted else {
        return "FSRS-6 default weights (not fitted; `notedrill fsrs optimize --apply` fits them):\n"
          + FSRSWeights.defaults.values.map { OptimizeText.fixed($0, 4) }.joined(separator: ",")
      }
      return "Fitted weights, fitted \(UTCTimestamp.format(micros: fitted.fittedAt)) "
        + "on \(fitted.reviews) reviews:\n"
        + fitted.weights.values.map { OptimizeText.fixed($0, 4) }.joined(separator: ",")
    }
  }
}
