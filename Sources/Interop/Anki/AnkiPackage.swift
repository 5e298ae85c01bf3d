import Foundation
import ZIPFoundation

/// Why an Anki package could not be written or read, for the user.
public enum AnkiPackageError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file could not be written.
  case cannotWrite(path: String, reason: String)
  /// The file is not an Anki package (no zip, no collection inside).
  case notAPackage(path: String, reason: String)
  /// The collection inside is compressed with zstd and no `zstd` command is here to open it.
  case needsZstd(path: String)

  /// The problem in one line, naming the file.
  public var description: String {
    switch self {
    case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
    case .notAPackage(let path, let reason): "\(path) is not an Anki package: \(reason)"
    case .needsZstd(let path):
      "\(path) holds a collection compressed with zstd: install zstd (apt-get install zstd), "
        + "or export from Anki with \"Support older Anki versions\" ticked"
    }
  }
}

/// An `.apkg`: a zip holding the collection (`collection.anki21`), a `media` map (JSON) and a
/// `meta` record naming the collection's form.
public enum AnkiPackage {
  /// Writes `collection` as a package at `url`, replacing it atomically (a temporary file in
  /// the same folder, then a rename), so a failed export leaves the old file as it was.
  public static func write(_ collection: AnkiCollection, to url: URL) throws(AnkiPackageError) {
    let folder = url.deletingLastPathComponent()
    let work = folder.appendingPathComponent(".notedrill-export-\(UUID().uuidString)")
    let fileManager = FileManager.default
    do {
      try fileManager.createDirectory(at: work, withIntermediateDirectories: false)
      defer { try? fileManager.removeItem(at: work) }
      let database = work.appendingPathComponent("collection.anki21")
      try AnkiCollectionWriter.write(collection, to: database)
      try Data("{}".utf8).write(to: work.appendingPathComponent("media"))
      // PackageMetadata { version: LEGACY_2 } in protocol-buffer bytes.
      try Data([0x08, 0x02]).write(to: work.appendingPathComponent("meta"))
      let zip = work.appendingPathComponent("package.apkg")
      let archive = try Archive(url: zip, accessMode: .create)
      for name in ["collection.anki21", "media", "meta"] {
        try archive.addEntry(with: name, relativeTo: work, compressionMethod: .deflate)
      }
      guard rename(zip.path, url.path) == 0 else {
        throw AnkiPackageError.cannotWrite(
          path: url.path, reason: String(cString: strerror(errno)))
      }
    } catch let error as AnkiPackageError {
      throw error
    } catch {
      throw .cannotWrite(path: url.path, reason: String(describing: error))
    }
  }

  /// Extracts the collection of the package at `url` into `folder` and returns its path.
  static func extractCollection(_ url: URL, into folder: URL) throws(AnkiPackageError) -> URL {
    let archive: Archive
    do {
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      throw .notAPackage(path: url.path, reason: "it cannot be read as a zip file")
    }
    let names = ["collection.anki21b", "collection.anki21", "collection.anki2"]
    guard let name = names.first(where: { archive[$0] != nil }), let entry = archive[name] else {
      throw .notAPackage(path: url.path, reason: "it holds no collection")
    }
    let target = folder.appendingPathComponent(name)
    do {
      _ = try archive.extract(entry, to: target)
    } catch {
      throw .notAPackage(path: url.path, reason: "its collection cannot be extracted: \(error)")
    }
    guard name == "collection.anki21b" else { return target }
    return try decompressZstd(target, package: url)
  }

  /// The newest form (`collection.anki21b`) is zstd-compressed; the `zstd` command opens it.
  private static func decompressZstd(_ file: URL, package: URL) throws(AnkiPackageError) -> URL {
    let output = file.deletingPathExtension().appendingPathExtension("sqlite")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["zstd", "-q", "-d", "-f", file.path, "-o", output.path]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw .needsZstd(path: package.path)
    }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw .needsZstd(path: package.path) }
    return output
  }
}
