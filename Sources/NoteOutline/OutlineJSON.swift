import Foundation

/// The documented JSON form of `notedrill outline --json`.
public enum OutlineJSON {
  /// The schema version written in every document.
  public static let version = 1

  private struct Envelope: Codable {
    var version: Int
    var documents: [NoteDocument]
    var diagnostics: [OutlineDiagnostic]
  }

  /// Encodes loaded notes as pretty, key-sorted JSON.
  public static func encode(_ loaded: LoadedNotes) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(
      Envelope(version: version, documents: loaded.documents, diagnostics: loaded.diagnostics))
    return JSONSafeText.escape(String(decoding: data, as: UTF8.self))
  }

  /// Decodes what `encode` wrote.
  public static func decode(_ json: String) throws -> LoadedNotes {
    let envelope = try JSONDecoder().decode(Envelope.self, from: Data(json.utf8))
    return LoadedNotes(documents: envelope.documents, diagnostics: envelope.diagnostics)
  }
}
