import Foundation
import TestSupport

/// What one run of the `notedrill` binary printed and returned.
struct RunResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs the `notedrill` executable that `swift test` built next to the test bundle.
enum BinaryRunner {
  /// The built binary: beside the test bundle in the build folder.
  static var binaryURL: URL {
    URL(fileURLWithPath: BuiltProduct.path("notedrill") ?? ".build/debug/notedrill")
  }

  /// The package root (for Content/ and fixtures), found from this source file.
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// Runs the binary with `arguments`, feeding `stdin`, with `environment` added.
  static func run(
    _ arguments: [String], stdin: String = "", environment: [String: String] = [:]
  ) throws -> RunResult {
    let process = Process()
    process.executableURL = binaryURL
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["SWIFT_BACKTRACE"] = "interactive=no"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    // Drain both pipes concurrently so a large output cannot block the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      outData = output.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      errData = error.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    input.fileHandleForWriting.write(Data(stdin.utf8))
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    group.wait()
    return RunResult(
      status: process.terminationStatus,
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}
