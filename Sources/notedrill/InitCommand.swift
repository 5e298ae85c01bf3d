import ArgumentParser
import Foundation
import NoteDrillWiring
import NoteOutline

/// `notedrill init [DIR]`: names the notes folder once, in the config file, so every later run
/// is plain `notedrill`.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Set up once: write your notes folder into the config file.",
    discussion: """
      Asks for the folder when none is given. The folder must hold Markdown notes (.md). \
      Writes `notes = "…"` into the config file (see `notedrill config --help`), keeping the \
      rest of the file as it is.
      """)

  @Argument(help: "The folder of your Markdown notes.") var folder: String?

  func run() throws {
    var answer = folder
    if answer == nil {
      StandardError.print("Notes folder (the folder of your Markdown notes): ")
      answer = readLine(strippingNewline: true)
    }
    guard let given = answer?.trimmingCharacters(in: .whitespaces), !given.isEmpty else {
      throw ValidationError("No folder given: run `notedrill init DIR`.")
    }
    let path = Self.absolute(given)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue
    else { throw ValidationError("\(path) is not a folder.") }
    let notes = NoteLoader.markdownFiles(in: path)
    guard !notes.isEmpty else {
      throw ValidationError("\(path) holds no Markdown notes (.md); choose the folder that does.")
    }
    let config = try StoreAccess.config()
    do {
      let written = try config.write(LearnerConfig.notesKey, .string(path))
      print("Wrote \(written.url.path): notes = \"\(path)\" (\(notes.count) notes).")
      print("Run `notedrill` to study.")
    } catch {
      StandardError.print(error.description)
      throw ExitCode(1)
    }
  }

  /// `path` with `~` expanded, made absolute from the working folder.
  static func absolute(_ path: String) -> String {
    var expanded = path
    if expanded == "~" || expanded.hasPrefix("~/") {
      expanded = NSHomeDirectory() + expanded.dropFirst()
    }
    let url = URL(
      fileURLWithPath: expanded,
      relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    return url.standardizedFileURL.path
  }
}
