import ArgumentParser
import Foundation
import Interop
import ProgressStore

/// `notedrill sync DIR`: one review history across machines through a folder.
struct SyncCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync",
    abstract: "Share the review history with your other machines through a synced folder.",
    discussion: """
      Each device appends its new answers to its own event log in DIR (DEVICE.jsonl, JSON \
      lines), reads every other device's log, and replays the union in time order into the \
      store. DIR can be a folder Syncthing or a cloud drive syncs, or a git repository: then \
      sync commits this device's log and, with a remote, pulls and pushes. Each device writes \
      only its own file, so merges never conflict. The device id is kept beside the store \
      (device-id). See docs/sync-and-anki.md.
      """)

  @OptionGroup var notesOptions: NotesOptions
  @Argument(help: "The synced folder (or git repository) holding the event logs.")
  var folder: String

  func run() throws {
    let database = try AppSetup.load(notesOptions, withGraph: false).database
    let run: SyncRun
    let report: SyncReport
    do {
      let device = try DeviceIdentity.load(in: StoreAccess.url.deletingLastPathComponent())
      run = SyncRun(
        database: database, folder: URL(fileURLWithPath: folder), device: device,
        timeZone: StoreAccess.timeZone,
        crashPoint: ProcessInfo.processInfo.environment["NOTEDRILL_SYNC_CRASH_AT"])
      report = try run.run()
    } catch {
      StandardError.print("error: \(error)")
      throw ExitCode(1)
    }
    print(Self.summary(report, log: run.logURL.path))
  }

  /// What the sync did, in a few lines.
  static func summary(_ report: SyncReport, log: String) -> String {
    var lines = [
      "device \(report.device): \(report.written) new reviews written to \(log)",
      "read \(report.otherDevices) other devices: \(report.merge.added) reviews added, "
        + "\(report.merge.cardsReplayed) cards replayed",
    ]
    if report.merge.unknownQuestions > 0 {
      lines.append(
        "\(report.merge.unknownQuestions) reviews are for questions not in these notes "
          + "(kept in the logs; added once the notes have them)")
    }
    if report.unreadableLines > 0 {
      lines.append("\(report.unreadableLines) unreadable lines in the logs were skipped")
    }
    if let git = report.git {
      var done: [String] = []
      if git.pulled { done.append("pulled") }
      if git.committed { done.append("committed") }
      if git.pushed { done.append("pushed") }
      let remote = git.remote.map { "remote \($0)" } ?? "no remote"
      lines.append(
        "git (\(remote)): " + (done.isEmpty ? "nothing to do" : done.joined(separator: ", ")))
    }
    return lines.joined(separator: "\n")
  }
}
