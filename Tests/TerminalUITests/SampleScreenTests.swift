import Testing

@testable import TerminalUI

/// A small drill-like screen built only from the kit, driven through ``VirtualTerminal`` the
/// way the app's screens will be: read a key, update, render a whole frame, draw.
struct SampleDrill {
  static let minimum = Size(width: 40, height: 12)
  let question = "다음 중 애플리케이션 로드 밸런서(ALB)가 동작하는 OSI 계층은 무엇입니까?"
  let options = ["4계층 (전송 계층)", "7계층 (애플리케이션 계층)", "3계층 (네트워크 계층)"]
  let hints = [KeyHint("j/k", "이동"), KeyHint("Enter", "확인"), KeyHint("?", "도움말")]
  var highlighted = 0
  var answer = InputField(placeholder: "메모")
  var showsHelp = false
  var finished = false

  mutating func update(_ key: Key) {
    switch key {
    case .up, .character("k"): highlighted = max(0, highlighted - 1)
    case .down, .character("j"): highlighted = min(options.count - 1, highlighted + 1)
    case .character("?"): showsHelp.toggle()
    case .escape: if showsHelp { showsHelp = false } else { finished = true }
    case .interrupted: finished = true
    default: answer.handle(key)
    }
  }

  func render(size: Size) -> (Buffer, Point?) {
    var frame = Buffer(size: size)
    guard !TooSmallNotice.isNeeded(for: size, minimum: Self.minimum) else {
      frame.render(TooSmallNotice(minimum: Self.minimum), in: frame.area)
      return (frame, nil)
    }
    let area = frame.area
    frame.render(TitleBar("NoteDrill · 일일 복습", trailing: "3/20"), in: area.top(1))
    frame.render(
      ProgressBar(done: 3, total: 20, label: "3/20 · 복습 5 · 새 2"), in: area.dropping(top: 1))
    frame.render(Breadcrumb(["아키텍처", "네트워킹", "로드 밸런서"]), in: area.dropping(top: 2))
    let body = area.dropping(top: 4, bottom: 2)
    let questionLines = TextBlock(question).lines(width: body.width)
    frame.render(TextBlock(question, style: .bold), in: body.top(questionLines.count))
    let list = OptionList(options, highlighted: highlighted)
    frame.render(list, in: body.dropping(top: questionLines.count + 1))
    var cursor = answer.render(into: &frame, area: area.bottom(2).top(1), prompt: "답: ")
    frame.render(KeyHelpBar(hints), in: area.bottom(1))
    if showsHelp {
      let box = OverlayBox(title: "도움말", body: OverlayBox.keyTable(hints), footer: "Esc 닫기")
      frame.render(box, in: box.frame(in: area))
      cursor = nil
    }
    return (frame, cursor)
  }

  /// Reads keys until the queue is empty or the screen is done, drawing after each.
  mutating func run(on terminal: VirtualTerminal) {
    var (frame, cursor) = render(size: terminal.size)
    terminal.draw(frame, cursor: cursor)
    while !finished, let key = terminal.readKey(timeout: nil) {
      update(key)
      (frame, cursor) = render(size: terminal.size)
      terminal.draw(frame, cursor: cursor)
    }
  }
}

@Suite struct SampleScreenTests {
  @Test func drillScreenAt80x24() {
    let terminal = VirtualTerminal(size: Size(width: 80, height: 24), keys: [.down])
    terminal.type("한글 메모")
    var screen = SampleDrill()
    screen.run(on: terminal)
    let blank = Array(repeating: "", count: 13)
    #expect(
      terminal.lines == [
        " NoteDrill · 일일 복습" + String(repeating: " ", count: 53) + "3/20",
        "[" + String(repeating: "#", count: 8) + String(repeating: ".", count: 49)
          + "] 3/20 · 복습 5 · 새 2",
        "아키텍처 › 네트워킹 › 로드 밸런서",
        "",
        "다음 중 애플리케이션 로드 밸런서(ALB)가 동작하는 OSI 계층은 무엇입니까?",
        "",
        "  1. 4계층 (전송 계층)",
        "> 2. 7계층 (애플리케이션 계층)",
        "  3. 3계층 (네트워크 계층)",
      ] + blank + ["답: 한글 메모", "j/k 이동  Enter 확인  ? 도움말"])
    #expect(terminal.cursor == Point(x: 13, y: 22))
    #expect(DisplayWidth.width(of: terminal.lines[0]) == 79)
  }

  @Test func drillScreenAt40x12() {
    let terminal = VirtualTerminal(size: Size(width: 40, height: 12), keys: [.down, .down, .up])
    terminal.type("답안")
    var screen = SampleDrill()
    screen.run(on: terminal)
    #expect(
      terminal.lines == [
        " NoteDrill · 일일 복습             3/20",
        "[##...............] 3/20 · 복습 5 · 새 2",
        "아키텍처 › 네트워킹 › 로드 밸런서",
        "",
        "다음 중 애플리케이션 로드 밸런서(ALB)가",
        "동작하는 OSI 계층은 무엇입니까?",
        "",
        "  1. 4계층 (전송 계층)",
        "> 2. 7계층 (애플리케이션 계층)",
        "  3. 3계층 (네트워크 계층)",
        "답: 답안",
        "j/k 이동  Enter 확인  ? 도움말",
      ])
    #expect(terminal.cursor == Point(x: 8, y: 10))
    let textColumns = (7...9).map { column(of: "계층", in: terminal.lines[$0]) }
    #expect(textColumns == [6, 6, 6])
    assertEveryRowFits(terminal)
  }

  @Test func helpOverlayAt40x12() {
    let terminal = VirtualTerminal(size: Size(width: 40, height: 12), keys: [.character("?")])
    var screen = SampleDrill()
    screen.run(on: terminal)
    #expect(
      terminal.lines == [
        " NoteDrill · 일일 복습             3/20",
        "[##...............] 3/20 · 복습 5 · 새 2",
        "아키텍처 › 네트워킹 › 로드 밸런서",
        "           ┌─── 도움말 ────┐",
        "다음 중 애 │ j/k    이동   │런서(ALB)가",
        "동작하는 OS│ Enter  확인   │까?",
        "           │ ?      도움말 │",
        "> 1. 4계층 └── Esc 닫기 ───┘",
        "  2. 7계층 (애플리케이션 계층)",
        "  3. 3계층 (네트워크 계층)",
        "답: 메모",
        "j/k 이동  Enter 확인  ? 도움말",
      ])
    #expect(terminal.cursor == nil)
    assertEveryRowFits(terminal)
  }

  @Test func resizeBelowTheMinimumShowsTheNoticeAndBackRestores() {
    let terminal = VirtualTerminal(size: Size(width: 40, height: 12), keys: [.down])
    var screen = SampleDrill()
    screen.run(on: terminal)
    let before = terminal.lines
    terminal.resize(to: Size(width: 30, height: 8))
    screen.run(on: terminal)
    #expect(
      terminal.lines == [
        "", "", "", "    Make the window larger", "     need 40x12, now 30x8", "", "", "",
      ])
    terminal.resize(to: Size(width: 40, height: 12))
    screen.run(on: terminal)
    #expect(terminal.lines == before)
  }

  @Test func interruptEndsTheLoopWithKeysLeft() {
    let terminal = VirtualTerminal(size: Size(width: 40, height: 12))
    terminal.interrupt()
    terminal.type("x")
    var screen = SampleDrill()
    screen.run(on: terminal)
    #expect(screen.finished)
    #expect(terminal.pendingKeys == [.character("x")])
  }

  func assertEveryRowFits(_ terminal: VirtualTerminal) {
    for line in terminal.lines {
      #expect(DisplayWidth.width(of: line) <= terminal.size.width, "\(line)")
    }
    #expect(wideInvariantViolation(terminal.screen) == nil)
  }
}
