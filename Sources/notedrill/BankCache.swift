import Foundation
import NoteOutline
import StudyCore

/// The question bank cache, kept in the data folder (`bank-cache/` beside the progress store,
/// never beside the notes). A bank is stored under a key made of the generator's version
/// (``GeneratorVersion``), the alias lists' bytes, and every note's path and bytes; a launch
/// whose notes, alias lists and executable are unchanged reads it instead of building it. A
/// file that is truncated, corrupt or made for another key is ignored and rebuilt. It is a
/// cache, never the truth: removing the folder only costs one build.
///
/// `NOTEDRILL_BANK_CACHE=off` builds every time (and writes nothing).
struct BankCache {
  /// The folder the cache files are in.
  let folder: URL

  /// How many banks are kept (different note sets, e.g. `--notes` folders).
  static let kept = 4

  /// The cache beside the store of this environment; `nil` when switched off.
  static var standard: BankCache? {
    if ProcessInfo.processInfo.environment["NOTEDRILL_BANK_CACHE"] == "off" { return nil }
    return BankCache(
      folder: StoreAccess.url.deletingLastPathComponent().appendingPathComponent("bank-cache"))
  }

  /// The key of a bank built from the notes at `paths` with the alias files `aliasFiles`:
  /// the generator's version, then each alias file's and each note's path and bytes, in the
  /// order the loader reads them (so two notes swapped are another key).
  static func key(notePaths paths: [String], aliasFiles: [String]) -> String {
    var parts = [ContentHash.of(GeneratorVersion.current)]
    for file in aliasFiles { parts += [ContentHash.of("alias " + file), digest(of: file)] }
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        parts.append(ContentHash.of("missing " + path))
        continue
      }
      let files = isDirectory.boolValue ? NoteLoader.markdownFiles(in: path) : [path]
      parts.append(ContentHash.of("path \(path) \(files.count)"))
      for file in files { parts += [ContentHash.of("note " + file), digest(of: file)] }
    }
    return ContentHash.combine(parts).hex
  }

  /// The digest of a file's bytes (a fixed value when it cannot be read).
  static func digest(of path: String) -> ContentHash {
    guard let handle = FileHandle(forReadingAtPath: path),
      let data = try? handle.readToEnd()
    else { return ContentHash.of("unreadable") }
    try? handle.close()
    return data.withUnsafeBytes { ContentHash.of($0) }
  }

  private func file(for key: String) -> URL {
    folder.appendingPathComponent("bank-\(key.prefix(32)).bin")
  }

  /// The cached bank for `key`, or `nil` (missing, unreadable, corrupt, another key).
  func snapshot(key: String) -> BankSnapshot? {
    let url = file(for: key)
    guard let data = try? Data(contentsOf: url, options: [.alwaysMapped]) else { return nil }
    return BankArchive.open(Array(data), key: key)
  }

  /// Stores `bank` under `key`, written whole or not at all; older banks beyond ``kept`` are
  /// removed. A cache that cannot be written is only a warning: the bank is still used.
  func store(_ bank: QuestionBank, key: String, extras: [String: String]) {
    let bytes = BankArchive.encode(bank, key: key, extras: extras)
    let url = file(for: key)
    do {
      try FileManager.default.createDirectory(
        at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
      try Data(bytes).write(to: temporary, options: [.atomic])
      _ = try? FileManager.default.removeItem(at: url)
      try FileManager.default.moveItem(at: temporary, to: url)
      prune(keeping: url)
    } catch {
      StandardError.print("warning: the question bank cache could not be written: \(error)")
    }
  }

  /// Removes all but the most recently written banks.
  private func prune(keeping current: URL) {
    let manager = FileManager.default
    guard
      let names = try? manager.contentsOfDirectory(atPath: folder.path)
    else { return }
    let banks = names.filter { $0.hasPrefix("bank-") && $0.hasSuffix(".bin") }.map {
      folder.appendingPathComponent($0)
    }
    let dated = banks.map { url in
      (url, (try? manager.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? nil)
    }
    let old = dated.sorted { ($0.1 ?? .distantPast) > ($1.1 ?? .distantPast) }.dropFirst(Self.kept)
    for (url, _) in old where url != current { try? manager.removeItem(at: url) }
  }
}
