import Foundation
import StudyCore

/// Why a backup was taken.
public enum BackupReason: String, Sendable, Codable, CaseIterable {
  /// The first use of a study day.
  case daily
  /// Before the schema was migrated.
  case beforeMigration = "before-migration"
  /// Before another backup was restored over the store.
  case beforeRestore = "before-restore"
}

/// One backup file beside the store.
public struct BackupInfo: Sendable, Equatable, Codable {
  /// The file name, which `notedrill store restore` takes.
  public var name: String
  /// The file.
  public var url: URL
  /// When it was taken (to the second).
  public var createdAt: Date
  /// Why it was taken.
  public var reason: BackupReason
  /// Its size in bytes.
  public var size: Int
}

/// The `backups` folder beside the store: names are `progress-YYYYMMDDTHHMMSSZ-REASON.sqlite`
/// (a `-N` before the extension when two fall in the same second), so name order is time order.
struct BackupFolder {
  let url: URL

  /// The folder for the store at `storeURL`.
  init(storeURL: URL) {
    url = storeURL.deletingLastPathComponent().appendingPathComponent("backups")
  }

  /// Every backup, newest first.
  func list() -> [BackupInfo] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.compactMap(info).sorted { $0.name > $1.name }
  }

  /// A fresh name for a backup taken at `now`, not yet used.
  func newName(now: Date, reason: BackupReason) -> String {
    let stamp = Self.stamp(now)
    var name = "progress-\(stamp)-\(reason.rawValue).sqlite"
    var counter = 2
    while FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path) {
      name = "progress-\(stamp)-\(reason.rawValue)-\(counter).sqlite"
      counter += 1
    }
    return name
  }

  /// Deletes all but the newest `keep` backups, never `protected`.
  func prune(keep: Int, protected: String? = nil) {
    for backup in list().dropFirst(keep) where backup.name != protected {
      try? FileManager.default.removeItem(at: backup.url)
    }
  }

  private func info(_ name: String) -> BackupInfo? {
    guard name.hasPrefix("progress-"), name.hasSuffix(".sqlite") else { return nil }
    let middle = name.dropFirst("progress-".count).dropLast(".sqlite".count)
    let parts = middle.split(separator: "-", maxSplits: 1).map(String.init)
    guard parts.count == 2, let date = Self.date(parts[0]) else { return nil }
    let reasonText = parts[1].split(separator: "-").filter { Int($0) == nil }.joined(separator: "-")
    guard let reason = BackupReason(rawValue: reasonText) else { return nil }
    let file = url.appendingPathComponent(name)
    let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
    return BackupInfo(name: name, url: file, createdAt: date, reason: reason, size: size)
  }

  /// `YYYYMMDDTHHMMSSZ` in UTC.
  static func stamp(_ date: Date) -> String {
    let text = UTCTimestampText.seconds(date)
    return text.filter { $0 != "-" && $0 != ":" }
  }

  private static func date(_ stamp: String) -> Date? {
    let chars = Array(stamp)
    guard chars.count == 16 else { return nil }
    let text =
      "\(String(chars[0..<4]))-\(String(chars[4..<6]))-\(String(chars[6..<8]))T"
      + "\(String(chars[9..<11])):\(String(chars[11..<13])):\(String(chars[13..<15]))Z"
    return UTCTimestampText.parse(text)
  }
}

/// UTC timestamps to the second, through the scheduler's exact formatter.
enum UTCTimestampText {
  /// `YYYY-MM-DDTHH:MM:SSZ`.
  static func seconds(_ date: Date) -> String {
    let whole = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    return UTCTimestamp.format(whole)
  }

  /// The instant for an ISO-8601 timestamp.
  static func parse(_ text: String) -> Date? { UTCTimestamp.parse(text) }
}
