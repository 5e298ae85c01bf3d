import ArgumentParser

/// `notedrill fsrs`: tools around the FSRS-6 scheduler.
struct FSRSCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fsrs", abstract: "FSRS-6 scheduler tools.")
  func run() throws {}
}
