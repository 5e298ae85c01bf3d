import Foundation

/// Where the progress store lives: `$NOTEDRILL_HOME/progress.sqlite`, else
/// `$XDG_DATA_HOME/notedrill/progress.sqlite`, else `~/.local/share/notedrill/progress.sqlite`.
public enum StoreLocation {
  /// The store's file name.
  public static let fileName = "progress.sqlite"

  /// The store file for this environment; empty variables count as unset.
  public static func resolve(environment: [String: String], homeDirectory: String) -> URL {
    if let home = nonEmpty(environment["NOTEDRILL_HOME"]) {
      return URL(fileURLWithPath: home).appendingPathComponent(fileName)
    }
    if let data = nonEmpty(environment["XDG_DATA_HOME"]) {
      return URL(fileURLWithPath: data).appendingPathComponent("notedrill")
        .appendingPathComponent(fileName)
    }
    return URL(fileURLWithPath: homeDirectory).appendingPathComponent(".local/share/notedrill")
      .appendingPathComponent(fileName)
  }

  private static func nonEmpty(_ value: String?) -> String? {
    guard let value, !value.isEmpty else { return nil }
    return value
  }
}
