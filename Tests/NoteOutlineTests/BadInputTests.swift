import Foundation
import NoteOutline
import Testing

/// A fresh temporary directory per test, removed afterwards.
final class TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `data` to `name` and returns its path.
  @discardableResult
  func write(_ name: String, _ data: Data) throws -> String {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: file)
    return file.path
  }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String { try write(name, Data(text.utf8)) }
}

/// A list nested `depth` levels deep, each level indented two more spaces.
func deeplyNestedList(depth: Int) -> String {
  (0..<depth).map { String(repeating: "  ", count: $0) + "- level \($0)" }.joined(separator: "\n")
}

struct BadInputTests {
  @Test func missingPath() {
    let loaded = NoteLoader.load(paths: ["/nonexistent/notes.md"])
    #expect(loaded.documents.isEmpty)
    #expect(
      loaded.diagnostics.map(\.description) == [
        "/nonexistent/notes.md: error: no such file or directory"
      ])
  }

  @Test func directoryWithoutMarkdown() throws {
    let dir = try TemporaryDirectory()
    try dir.write("readme.txt", "not notes")
    let loaded = NoteLoader.load(paths: [dir.url.path])
    #expect(loaded.documents.isEmpty)
    #expect(loaded.diagnostics.first?.message == "no Markdown (.md) files in this directory")
    #expect(loaded.diagnostics.first?.severity == .error)
  }

  @Test func emptyFile() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write("empty.md", "  \n\n")
    let loaded = NoteLoader.load(paths: [path])
    #expect(loaded.documents.isEmpty)
    #expect(
      loaded.diagnostics.map(\.description) == ["\(path): error: empty file, nothing to study"])
  }

  @Test func notUTF8NamesTheLine() throws {
    let dir = try TemporaryDirectory()
    var bytes = Data("# 제목\n정상\n".utf8)
    bytes.append(contentsOf: [0xC0, 0xC1, 0x0A])  // never valid in UTF-8
    let path = try dir.write("latin.md", bytes)
    #expect(NoteLoader.readNote(path) == .failure(.notUTF8(line: 3)))
    let loaded = NoteLoader.load(paths: [path])
    #expect(
      loaded.diagnostics.first?.description
        == "\(path): error: not UTF-8 text (invalid byte on line 3)")
  }

  @Test func binaryFile() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write("image.md", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]))
    #expect(NoteLoader.readNote(path) == .failure(.binary))
  }

  @Test func twentyMegabyteFile() throws {
    let dir = try TemporaryDirectory()
    let line = Data("- **항목**: 정의 문장\n".utf8)
    var data = Data(capacity: 20 * 1_048_576 + line.count)
    while data.count < 20 * 1_048_576 { data.append(line) }
    let path = try dir.write("huge.md", data)
    let loaded = NoteLoader.load(paths: [path])
    #expect(loaded.documents.isEmpty)
    #expect(
      loaded.diagnostics.first?.message == "file is too large (20.0 MB); notes up to 16 MB are read"
    )
  }

  @Test func listNestedAThousandDeep() throws {
    let note = OutlineParser.parse(deeplyNestedList(depth: 1000), path: "deep.md")
    #expect(note.diagnostics.count == 1)
    #expect(note.diagnostics.first?.message.hasPrefix("nesting deeper than") == true)
    let items = note.root.listItems
    #expect(items.count > 10)
    #expect(items.first?.text.text == "level 0")
  }

  @Test func directoryScanSkipsBadFilesWithWarnings() throws {
    let dir = try TemporaryDirectory()
    try dir.write("a-good.md", "# 좋은 노트\n- **ALB**: L7\n")
    try dir.write("b-empty.md", "")
    try dir.write("sub/c-binary.md", Data([0, 1, 2]))
    try dir.write(".hidden/d.md", "# hidden\n")
    let loaded = NoteLoader.load(paths: [dir.url.path])
    #expect(loaded.documents.map(\.id) == ["a-good"])
    #expect(loaded.diagnostics.map(\.severity) == [.warning, .warning])
    #expect(
      loaded.diagnostics.map(\.message) == [
        "empty file, nothing to study; skipped", "binary file, not Markdown text; skipped",
      ])
  }

  @Test func byteOrderMarkAndCRLF() throws {
    let note = OutlineParser.parse("\u{FEFF}# 제목\r\n- **용어**: 정의\r\n", path: "bom.md")
    #expect(note.title == "제목")
    #expect(note.root.subsections.first?.listItems.first?.term?.definition == "정의")
  }
}
