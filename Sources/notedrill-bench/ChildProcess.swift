import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a whole process and times it: the wall clock to a marker line on its standard output
/// (the first question), to its exit, and its peak resident memory (from `wait4`), so launch
/// figures count everything a launch does: loading the binary, reading notes, the bank, the
/// store.
enum ChildProcess {
  /// What one run took.
  struct Run {
    /// Seconds from spawn to the first output line starting with the marker (or to exit).
    var toMarker: Double
    /// Seconds from spawn to exit.
    var toExit: Double
    /// Peak resident set size, bytes.
    var peakBytes: Int
    /// Exit status (0 when it succeeded).
    var status: Int32
    /// Whether the marker was seen.
    var sawMarker: Bool
  }

  /// Spawns `executable` with `arguments`, the current environment plus `environment`, `input`
  /// on its standard input; standard error is dropped.
  static func run(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:],
    input: String = "", marker: String? = nil
  ) -> Run? {
    var inPipe: [Int32] = [0, 0]
    var outPipe: [Int32] = [0, 0]
    guard pipe(&inPipe) == 0, pipe(&outPipe) == 0 else { return nil }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    for fd in inPipe + outPipe { posix_spawn_file_actions_addclose(&actions, fd) }
    var merged = ProcessInfo.processInfo.environment
    for (key, value) in environment { merged[key] = value }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid: pid_t = 0
    let start = ContinuousClock.now
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    close(inPipe[0])
    close(outPipe[1])
    guard spawned == 0 else {
      close(inPipe[1])
      close(outPipe[0])
      return nil
    }
    let bytes = Array(input.utf8)
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count, let base = buffer.baseAddress {
        let written = write(inPipe[1], base + offset, buffer.count - offset)
        if written <= 0 { break }
        offset += written
      }
    }
    close(inPipe[1])
    var toMarker: Double?
    var pending: [UInt8] = []
    let markerBytes = marker.map { Array($0.utf8) }
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(outPipe[0], $0.baseAddress, $0.count) }
      if count <= 0 { break }
      guard toMarker == nil, let markerBytes else { continue }
      pending += chunk[0..<count]
      if Self.hasLine(starting: markerBytes, in: pending) {
        toMarker = seconds(ContinuousClock.now - start)
      }
    }
    close(outPipe[0])
    var status: Int32 = 0
    var usage = rusage()
    _ = wait4(pid, &status, 0, &usage)
    let toExit = seconds(ContinuousClock.now - start)
    return Run(
      toMarker: toMarker ?? toExit, toExit: toExit, peakBytes: usage.ru_maxrss * 1024,
      status: (status >> 8) & 0xFF, sawMarker: toMarker != nil)
  }

  /// Whether a line of `text` starts with `marker`.
  private static func hasLine(starting marker: [UInt8], in text: [UInt8]) -> Bool {
    var lineStart = 0
    for index in 0...text.count {
      if index == text.count || text[index] == UInt8(ascii: "\n") {
        if index - lineStart >= marker.count,
          text[lineStart..<(lineStart + marker.count)].elementsEqual(marker)
        {
          return true
        }
        lineStart = index + 1
      }
    }
    return false
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  /// Megabytes, for tables.
  static func megabytes(_ bytes: Int) -> String {
    String(format: "%.0f MB", Double(bytes) / 1_048_576)
  }
}
