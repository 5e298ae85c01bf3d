import ArgumentParser

/// `notedrill completion SHELL`: the shell completion script, made from the command definitions
/// so it never drifts from them.
struct CompletionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "completion",
    abstract: "Print the shell completion script for bash, zsh or fish.",
    discussion: """
      bash: notedrill completion bash > ~/.local/share/bash-completion/completions/notedrill
      zsh:  notedrill completion zsh > "${fpath[1]}/_notedrill"
      fish: notedrill completion fish > ~/.config/fish/completions/notedrill.fish
      """)

  @Argument(help: "The shell: bash, zsh or fish.") var shell: String

  func validate() throws { _ = try Self.shell(named: shell) }

  func run() throws {
    print(NoteDrillCommand.completionScript(for: try Self.shell(named: shell)))
  }

  /// The shell named `name`, or a usage error naming the three.
  static func shell(named name: String) throws -> CompletionShell {
    guard let shell = CompletionShell(rawValue: name.lowercased()),
      [CompletionShell.bash, .zsh, .fish].contains(shell)
    else { throw ValidationError("unknown shell '\(name)': use bash, zsh or fish") }
    return shell
  }
}
