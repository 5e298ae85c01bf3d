import Foundation
import TestSupport
import Testing

@testable import TerminalUI

/// End-to-end: the real ncurses backend in tmux, through the `terminalui-demo` binary.
@Suite(
  .enabled(
    if: TmuxSession.isAvailable("terminalui-demo"), "needs tmux and the terminalui-demo binary"))
struct NcursesSmokeTests {
  static let screen60x16 = [
    " TerminalUI demo                                      60x16",
    "아키텍처 › 네트워킹 › 로드 밸런서",
    "",
    "다음 중 애플리케이션 로드 밸런서(ALB)가 동작하는 OSI 계층은",
    "무엇입니까?",
    "",
    "> 1. 퍼블릭 서브넷에 배치한다",
    "  2. 7계층 (애플리케이션 계층)",
    "  3. VPC 엔드포인트",
    "",
    "",
    "",
    "",
    "입력:",
    "답: type here",
    "Up/Down move  Enter submit  ? help  Esc quit",
  ]

  @Test func koreanScreenKeysResizeAndCtrlC() throws {
    let session = try TmuxSession(product: "terminalui-demo", width: 60, height: 16)
    let first = try session.waitForScreen("the first frame") {
      $0.first?.hasSuffix("60x16") == true
    }
    #expect(first == Self.screen60x16)
    #expect(try session.format("#{cursor_x},#{cursor_y}") == "4,14")

    try session.send(keys: "Down")
    try session.waitForScreen("the second option highlighted") {
      $0.contains("> 2. 7계층 (애플리케이션 계층)") && $0.contains("  1. 퍼블릭 서브넷에 배치한다")
    }
    try session.type("한글")
    try session.waitForScreen("Korean input") { $0.contains("답: 한글") }
    #expect(try session.format("#{cursor_x},#{cursor_y}") == "8,14")
    try session.send(keys: "BSpace")
    try session.waitForScreen("one syllable removed") { $0.contains("답: 한") }
    #expect(try session.format("#{cursor_x},#{cursor_y}") == "6,14")
    try session.send(keys: "Enter")
    try session.waitForScreen("the submitted answer") { $0.contains("입력: 한") }

    try resizeAndBack(session)

    try session.send(keys: "C-c")
    #expect(try session.waitForExit() == 130)
    try expectRestored(session, farewell: "demo: interrupted by signal 2, state saved")
  }

  /// Too small shows the notice; larger again shows the whole screen, Korean intact.
  func resizeAndBack(_ session: TmuxSession) throws {
    try session.resize(width: 30, height: 10)
    let small = try session.waitForScreen("the too-small notice") {
      $0.contains { $0.hasSuffix("30x10") }
    }
    #expect(small[4...5] == ["    Make the window larger", "    need 40x12, now 30x10"])
    try session.resize(width: 70, height: 20)
    let large = try session.waitForScreen("the 70x20 frame") {
      $0.first?.hasSuffix("70x20") == true
    }
    let options = ["  1. 퍼블릭 서브넷에 배치한다", "> 2. 7계층 (애플리케이션 계층)", "  3. VPC 엔드포인트"]
    let expected =
      [" TerminalUI demo" + String(repeating: " ", count: 48) + "70x20"]
      + Self.screen60x16[1...5] + options + Array(repeating: "", count: 8)
      + ["입력: 한", "답: type here", "Up/Down move  Enter submit  ? help  Esc quit"]
    #expect(large == expected)
  }

  @Test func sigtermRestoresTheTerminalAndLetsTheAppFinish() throws {
    let session = try TmuxSession(product: "terminalui-demo", width: 60, height: 16)
    try session.waitForScreen("the first frame") { $0 == Self.screen60x16 }
    kill(try session.programProcessID(), SIGTERM)
    #expect(try session.waitForExit() == 143)
    try expectRestored(session, farewell: "demo: interrupted by signal 15, state saved")
  }

  @Test func secondSignalRestoresTheTerminalWhileTheAppIsBusy() throws {
    let session = try TmuxSession(product: "terminalui-demo", width: 60, height: 16)
    try session.waitForScreen("the first frame") { $0 == Self.screen60x16 }
    try session.send(keys: "C-b")
    try session.waitForScreen("the busy status") { $0.contains("busy: not reading keys") }
    let pid = try session.programProcessID()
    // The first SIGINT is only recorded (the demo is not reading keys); any later one
    // restores the terminal from the signal handler and exits at once.
    let status = try session.waitForExit(timeout: .seconds(20)) { kill(pid, SIGINT) }
    #expect(status == 130)
    try expectRestored(session, farewell: nil)
    #expect(!(try session.history()).contains { $0.contains("state saved") })
  }

  @Test func coloursAreDrawnUnlessNoColorIsSet() throws {
    let coloured = try TmuxSession(product: "terminalui-demo", width: 60, height: 16)
    try coloured.waitForScreen("the first frame") { $0 == Self.screen60x16 }
    let plain = try TmuxSession(
      product: "terminalui-demo", width: 60, height: 16, environment: "NO_COLOR=1")
    try plain.waitForScreen("the first frame") { $0 == Self.screen60x16 }
    let green = "\u{1B}[32m"
    let reverse = "\u{1B}[7m"
    #expect(try coloured.styledScreen().contains(green))
    let monochrome = try plain.styledScreen()
    #expect(!monochrome.contains(green))
    #expect(monochrome.contains(reverse))  // attributes survive without colour
  }

  @Test func nonUTF8LocaleFallsBackToUTF8() throws {
    let session = try TmuxSession(
      product: "terminalui-demo", width: 60, height: 16, environment: "LC_ALL=C LANG=C")
    try session.waitForScreen("the first frame") { $0 == Self.screen60x16 }
    try session.type("한글")
    try session.waitForScreen("Korean input") { $0.contains("답: 한글") }
  }

  /// The alternate screen is left, the cursor shown, the shell's terminal modes back (line
  /// editing, echo, CR to NL, signals from keys), and the farewell printed after all that.
  func expectRestored(_ session: TmuxSession, farewell: String?) throws {
    let flags = try session.format("#{alternate_on} #{cursor_flag}")
    #expect(flags == "0 1")
    let modes = try session.modesAfterExit()
    for mode in ["icanon", "echo", "icrnl", "isig", "onlcr"] {
      #expect(modes.contains(mode) && !modes.contains("-" + mode), "\(mode) in \(modes.sorted())")
    }
    if let farewell {
      let history = try session.history()
      #expect(history.contains(farewell), "\(history)")
    }
  }
}
