import Foundation
import StudyCore
import Testing

/// Runs Chromium (Debian's `chromium`, installed by `make test-deps`) headless.
enum HeadlessChromium {
  static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Runs the browser with `arguments` (a fresh profile, at most 120 s); returns the exit
  /// status, standard output and standard error.
  static func run(_ arguments: [String], in folder: URL) throws -> (Int32, String, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
    process.arguments =
      [
        "120", path ?? "chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
        "--enable-logging=stderr", "--v=0",
      ] + arguments
    // Output goes to files, so a chatty browser can never block on a full pipe.
    let outURL = folder.appendingPathComponent("stdout.txt")
    let errURL = folder.appendingPathComponent("stderr.txt")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    defer {
      try? out.close()
      try? err.close()
    }
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    return (
      process.terminationStatus, try String(contentsOf: outURL, encoding: .utf8),
      try String(contentsOf: errURL, encoding: .utf8)
    )
  }
}

/// The HTML report in a real browser: it loads without console or network errors, the page
/// the browser builds has every section, and a screenshot comes out.
@Suite(.enabled(if: HeadlessChromium.path != nil, "needs chromium (make test-deps installs it)"))
struct ReportBrowserTests {
  @Test func htmlReportOpensInHeadlessChromiumWithoutErrors() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-report-browser-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("report.html")
    try Data(ReportHTML.render(try ReportFixture.report()).utf8).write(to: page)

    let (status, dom, log) = try HeadlessChromium.run(
      ["--dump-dom", page.absoluteString], in: folder)
    #expect(status == 0, "chromium exited with \(status)\n\(log)")
    let problems = log.split(separator: "\n").filter {
      $0.contains("CONSOLE") || $0.contains("net::ERR") || $0.contains("Uncaught")
    }
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    #expect(dom.contains("<h1>NoteDrill progress report</h1>"))
    #expect(dom.contains("<h2>Leeches</h2>"))
    // The prompt's markup arrives as text in the browser's document, never as an element.
    #expect(dom.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; a|b `s3` bucket?"))
    #expect(!dom.contains("<script>alert"))

    let shot = folder.appendingPathComponent("report.png")
    let (shotStatus, _, shotLog) = try HeadlessChromium.run(
      [
        "--hide-scrollbars", "--window-size=1000,1400", "--screenshot=\(shot.path)",
        page.absoluteString,
      ], in: folder)
    #expect(shotStatus == 0, "\(shotLog)")
    let png = try Data(contentsOf: shot)
    #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    #expect(png.count > 20_000, "a blank page would be much smaller")
  }
}
