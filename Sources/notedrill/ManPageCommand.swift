import ArgumentParser

/// `notedrill man-page` (hidden; `make man` runs it): the manual page in roff, made from the
/// command definitions, so every command and option in it is the one the binary parses.
struct ManPageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "man-page", abstract: "Print the manual page (roff) for `man -l`.",
    shouldDisplay: false)

  func run() throws { print(Self.page(), terminator: "") }

  /// The whole page: name, synopsis, description, then each command's help, depth first.
  static func page() -> String {
    let root = NoteDrillCommand.configuration
    var lines = [
      ".TH NOTEDRILL 1 \"\" \"notedrill \(root.version)\" \"User Commands\"",
      ".SH NAME", "notedrill \\- " + escape(root.abstract),
      ".SH SYNOPSIS", ".B notedrill", "[\\fICOMMAND\\fR] [\\fIOPTIONS\\fR]",
      ".SH DESCRIPTION",
    ]
    lines += paragraphs(root.discussion)
    lines += [
      ".SH FILES",
      "Progress: \\fI$NOTEDRILL_HOME/progress.sqlite\\fR, else",
      "\\fI$XDG_DATA_HOME/notedrill/progress.sqlite\\fR, else",
      "\\fI~/.local/share/notedrill/progress.sqlite\\fR; backups in \\fIbackups/\\fR beside it.",
      ".SH ENVIRONMENT",
      ".TP", ".B NOTEDRILL_NOTES", "the notes folder when no \\fB\\-\\-notes\\fR is given.",
      ".TP", ".B NOTEDRILL_HOME", "the folder of the progress store.",
      ".SH COMMANDS",
    ]
    for command in commands(under: NoteDrillCommand.self, path: []) {
      lines.append(".SS \"notedrill \(escape(command.path.joined(separator: " ")))\"")
      lines.append(".nf")
      let help = NoteDrillCommand.helpMessage(for: command.type, columns: 78)
      lines += help.split(separator: "\n", omittingEmptySubsequences: false).map {
        escapeLine(String($0))
      }
      lines.append(".fi")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Every visible command below `type`, with its name path, in declaration order.
  static func commands(
    under type: ParsableCommand.Type, path: [String]
  ) -> [(path: [String], type: ParsableCommand.Type)] {
    type.configuration.subcommands.flatMap {
      sub -> [(path: [String], type: ParsableCommand.Type)] in
      let configuration = sub.configuration
      guard configuration.shouldDisplay else { return [] }
      let name = configuration.commandName ?? String(describing: sub).lowercased()
      return [(path + [name], sub)] + commands(under: sub, path: path + [name])
    }
  }

  private static func paragraphs(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: true).flatMap {
      [".PP", escape(String($0))]
    }
  }

  /// Text with roff's escape character and hyphens made literal, and every character outside
  /// ASCII written as `\[uXXXX]`, which groff reads whatever the input encoding is taken to be.
  static func escape(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\e"
      case "-": result += "\\-"
      case _ where scalar.value > 0x7F:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A line of a no-fill block: escaped, and never read as a request (`.` or `'` first).
  static func escapeLine(_ line: String) -> String {
    let escaped = escape(line)
    return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
  }
}
