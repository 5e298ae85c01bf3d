import ArgumentParser
import Foundation
import NoteOutline
import ProgressStore

/// `notedrill store log`: the review log, one JSON object a line, in replay order.
struct StoreLogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log",
    abstract: "Print the review log as JSON lines, in the order it is replayed.",
    discussion: """
      Each line holds one answer: question, rating, time (microseconds since 1970), mode, \
      whether it was scheduled, and the device and sequence that name it once synced. Two \
      machines that synced hold the same lines.
      """)

  func run() throws {
    let database = try StoreAccess.open()
    let reviews = try StoreAccess.attempt { () throws(StoreError) in try database.loggedReviews() }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var out = ""
    for review in reviews {
      out += JSONSafeText.escape(String(decoding: try encoder.encode(review), as: UTF8.self))
      out += "\n"
    }
    TerminalOutput.write(out, to: .standardOutput)
  }
}
