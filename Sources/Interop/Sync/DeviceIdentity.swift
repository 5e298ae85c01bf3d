import Foundation

/// This machine's device id for `notedrill sync`, kept in the data folder beside the store
/// (`device-id`), made once at random. Each device writes only the event log named after it.
public enum DeviceIdentity {
  /// The file name in the data folder.
  public static let fileName = "device-id"

  /// The id kept in `folder`, made and kept there on first use (created with a link, so two
  /// processes starting at once agree on one id).
  public static func load(in folder: URL) throws(SyncError) -> String {
    let url = folder.appendingPathComponent(fileName)
    if let id = read(url) { return id }
    var generator = SystemRandomNumberGenerator()
    let hex = String(generator.next() as UInt64, radix: 16)
    let id = "d" + String(repeating: "0", count: 16 - hex.count) + hex
    let temporary = folder.appendingPathComponent(".device-id-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data((id + "\n").utf8).write(to: temporary)
    } catch {
      throw .file(path: url.path, reason: "cannot write the device id: \(error)")
    }
    defer { unlink(temporary.path) }
    if link(temporary.path, url.path) != 0, errno != EEXIST {
      throw .file(path: url.path, reason: String(cString: strerror(errno)))
    }
    guard let kept = read(url) else {
      throw .file(path: url.path, reason: "the device id file is not a device id")
    }
    return kept
  }

  /// Whether `text` is a device id: letters, digits and `-`, 1 to 64 of them.
  public static func isValid(_ text: String) -> Bool {
    !text.isEmpty && text.count <= 64
      && text.unicodeScalars.allSatisfy { scalar in
        scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-")
      }
  }

  private static func read(_ url: URL) -> String? {
    guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
    let id = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    return isValid(id) ? id : nil
  }
}
