import Foundation
import Testing

/// Shell completions and the man page come from the command definitions and work in their tools.
struct ShellConventionTests {
  /// The path of `tool` on PATH, if it is installed.
  static func installed(_ tool: String) -> String? {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":")
    return paths.map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Runs `tool` with `arguments`; its exit status and everything it printed.
  static func shell(_ tool: String, _ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  static func script(_ shell: String) throws -> URL {
    let result = try BinaryRunner.run(["completion", shell])
    #expect(result.status == 0, "\(result.stderr)")
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-completion-\(UUID().uuidString).\(shell)")
    try Data(result.stdout.utf8).write(to: url)
    return url
  }

  @Test(.enabled(if: installed("bash") != nil, "bash is not installed"))
  func bashCompletionParsesAndCompletesSubcommands() throws {
    let bash = try #require(Self.installed("bash"))
    let url = try Self.script("bash")
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(try Self.shell(bash, ["-n", url.path]).0 == 0)
    // Call the completion function as bash does on Tab (command, word, previous word).
    func complete(_ words: [String]) throws -> [String] {
      let line = words.joined(separator: " ")
      let probe = """
        source '\(url.path)'
        COMP_WORDS=(\(line)); COMP_CWORD=\(words.count - 1); COMP_LINE='\(line)'; \
        COMP_POINT=\(line.utf8.count)
        _notedrill notedrill '\(words[words.count - 1])' '\(words[words.count - 2])'
        printf '%s\\n' "${COMPREPLY[@]}"
        """
      let (status, output) = try Self.shell(bash, ["-c", probe])
      #expect(status == 0, "\(output)")
      return output.split(separator: "\n").map(String.init)
    }
    #expect(try complete(["notedrill", "ex"]) == ["exam", "export"])
    #expect(try complete(["notedrill", "exam", "--q"]) == ["--questions"])
  }

  @Test(.enabled(if: installed("zsh") != nil, "zsh is not installed (make test-deps installs it)"))
  func zshCompletionParses() throws {
    let url = try Self.script("zsh")
    defer { try? FileManager.default.removeItem(at: url) }
    let (status, output) = try Self.shell(try #require(Self.installed("zsh")), ["-n", url.path])
    #expect(status == 0, "\(output)")
  }

  @Test(
    .enabled(if: installed("fish") != nil, "fish is not installed (make test-deps installs it)"))
  func fishCompletionParses() throws {
    let url = try Self.script("fish")
    defer { try? FileManager.default.removeItem(at: url) }
    let fish = try #require(Self.installed("fish"))
    let (status, output) = try Self.shell(fish, ["--no-execute", url.path])
    #expect(status == 0, "\(output)")
    #expect(try String(contentsOf: url, encoding: .utf8).contains("checklist"))
  }

  @Test func unknownShellIsAUsageError() throws {
    let result = try BinaryRunner.run(["completion", "tcsh"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("unknown shell 'tcsh': use bash, zsh or fish"))
  }

  @Test(.enabled(if: installed("man") != nil, "no man command (make test-deps installs man-db)"))
  func manPageRendersWithEveryCommand() throws {
    let man = try #require(Self.installed("man"))
    let page = try BinaryRunner.run(["man-page"])
    #expect(page.status == 0)
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-\(UUID().uuidString).1")
    try Data(page.stdout.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: man)
    process.arguments = ["-l", url.path]
    process.environment = [
      "MANWIDTH": "100", "MANPAGER": "cat", "PAGER": "cat", "LANG": "C.UTF-8",
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
    ]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let warnings = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(warnings.isEmpty, "man -l warned: \(warnings)")
    for command in [
      "notedrill outline", "notedrill bank", "notedrill exam history", "notedrill review",
      "notedrill checklist toggle", "notedrill report", "notedrill completion", "notedrill init",
      "notedrill sync",
    ] {
      #expect(text.contains(command), "the man page has no section for \(command)")
    }
    #expect(!text.contains("man-page"), "hidden commands stay out of the page")
  }
}
