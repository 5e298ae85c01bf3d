import Foundation
import ProgressStore
import StudyCore

/// What one sync did.
public struct SyncReport: Sendable, Equatable {
  /// This device's id.
  public var device: String
  /// This device's answers newly written to its event log.
  public var written: Int
  /// Other devices whose logs were read.
  public var otherDevices: Int
  /// What merging the logs did to the store.
  public var merge: MergeReport
  /// Lines in the logs that were not answers (skipped).
  public var unreadableLines: Int
  /// What git did, when the folder is a repository.
  public var git: GitActivity?
}

/// Git's part of a sync.
public struct GitActivity: Sendable, Equatable {
  /// The remote pulled from and pushed to, if any.
  public var remote: String?
  /// Whether the remote's branch was merged in.
  public var pulled = false
  /// Whether this device's log was committed.
  public var committed = false
  /// Whether commits were pushed.
  public var pushed = false
}

/// One `notedrill sync DIR`: append this device's new answers to its own log in DIR, read every
/// device's log, merge the union into the store (each answer once, replayed in time order), and
/// with git commit the log, pull and push. Each step can be cut short by a crash and the next
/// sync finishes it: answers are named in the store before they are written, a log line counts
/// only once whole, and merging skips what the store holds.
public struct SyncRun {
  let database: AppDatabase
  let folder: URL
  let device: String
  let timeZone: TimeZone
  /// A point at which to kill this process (crash tests): `after-pull`, `after-claim`,
  /// `mid-append`, `after-append`, `after-merge`, `after-commit`.
  let crashPoint: String?

  /// A sync of `database` through `folder` as `device`.
  public init(
    database: AppDatabase, folder: URL, device: String, timeZone: TimeZone,
    crashPoint: String? = nil
  ) {
    self.database = database
    self.folder = folder
    self.device = device
    self.timeZone = timeZone
    self.crashPoint = crashPoint
  }

  /// This device's log file.
  public var logURL: URL { folder.appendingPathComponent(device + ".jsonl") }

  /// Runs the sync.
  public func run() throws(SyncError) -> SyncReport {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder),
      isFolder.boolValue
    else { throw .notAFolder(path: folder.path) }
    let git = GitRepository.find(folder: folder)
    var activity = git.map { _ in GitActivity() }
    var upstream: (remote: String, branch: String)?
    if let git, let remote = try git.remote() {
      let branch = try git.branch()
      upstream = (remote, branch)
      activity?.remote = remote
      if try git.remoteHas(remote, branch: branch) {
        try git.pull(remote, branch: branch)
        activity?.pulled = true
      }
    }
    reach("after-pull")
    let written = try writeOwnLog()
    var (merge, devices, unreadable) = try mergeLogs()
    reach("after-merge")
    if let git {
      let message = "notedrill sync: \(device), \(written) new reviews"
      activity?.committed = try git.commit(logURL, message: message)
      reach("after-commit")
      if let upstream, try git.isAhead(of: upstream.remote, branch: upstream.branch) {
        var attempts = 0
        while !(try git.push(upstream.remote, branch: upstream.branch)) {
          attempts += 1
          guard attempts < 3 else {
            throw .git(command: "push", message: "the remote kept moving; sync again")
          }
          try git.pull(upstream.remote, branch: upstream.branch)
          let again = try mergeLogs()
          merge.added += again.0.added
          merge.cardsReplayed += again.0.cardsReplayed
          devices = again.1
        }
        activity?.pushed = true
      }
    }
    return SyncReport(
      device: device, written: written, otherDevices: devices, merge: merge,
      unreadableLines: unreadable, git: activity)
  }

  /// Names this device's unsynced answers in the store, then appends every named answer its
  /// log lacks (with the parameter sets they use, defined once).
  private func writeOwnLog() throws(SyncError) -> Int {
    var parameters: [String: SchedulerParameters] = [:]
    let own = try SyncEventFile.read(logURL, parameters: &parameters)
    let floor = own.highestSequence(of: device)
    let mine = try store { () throws(StoreError) in
      try database.claimLocalReviews(device: device, after: floor)
    }
    reach("after-claim")
    let missing = mine.filter { ($0.origin?.sequence ?? 0) > floor }
    guard !missing.isEmpty || own.hasPartialTail else { return 0 }
    var lines: [SyncLine] = []
    var defined = own.definedKeys
    for review in missing {
      if let used = review.parameters, let key = try? SyncEventCodec.key(used),
        defined.insert(key).inserted
      {
        lines.append(.parameters(key: key, used))
      }
      lines.append(.review(review))
    }
    try own.append(lines) { reach("mid-append") }
    reach("after-append")
    return missing.count
  }

  /// Reads every device's log (this one's too, to recover answers a restored store lacks) and
  /// merges them; returns the merge, how many other devices wrote, and unreadable lines.
  private func mergeLogs() throws(SyncError) -> (MergeReport, Int, Int) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".jsonl") }.sorted()
    } catch {
      throw .file(path: folder.path, reason: "cannot be listed: \(error)")
    }
    var parameters: [String: SchedulerParameters] = [:]
    var reviews: [LoggedReview] = []
    var devices: Set<String> = []
    var unreadable = 0
    for name in names {
      let file = try SyncEventFile.read(
        folder.appendingPathComponent(name), parameters: &parameters)
      reviews += file.reviews
      unreadable += file.unreadableLines
      for review in file.reviews { if let origin = review.origin { devices.insert(origin.device) } }
    }
    let merge = try store { () throws(StoreError) in
      try database.mergeReviews(reviews, identity: .origin, timeZone: timeZone)
    }
    return (merge, devices.subtracting([device]).count, unreadable)
  }

  private func store<T>(_ body: () throws(StoreError) -> T) throws(SyncError) -> T {
    do {
      return try body()
    } catch {
      throw .store(error)
    }
  }

  /// Kills the process at `point` when asked to (crash tests).
  private func reach(_ point: String) {
    if crashPoint == point { kill(getpid(), SIGKILL) }
  }
}
