import TerminalUI

/// A small screen that exercises the kit on a real terminal: Korean text and options, an input
/// field, a help overlay, the too-small notice. The tmux smoke test drives it by keys.
struct DemoScreen {
  /// Below this size the notice is shown.
  static let minimum = Size(width: 40, height: 12)
  static let question = "다음 중 애플리케이션 로드 밸런서(ALB)가 동작하는 OSI 계층은 무엇입니까?"
  static let options = ["퍼블릭 서브넷에 배치한다", "7계층 (애플리케이션 계층)", "VPC 엔드포인트"]
  static let hints = [
    KeyHint("Up/Down", "move"), KeyHint("Enter", "submit"), KeyHint("?", "help"),
    KeyHint("Esc", "quit"),
  ]

  /// The option under the cursor.
  var highlighted = 0
  /// What is being typed.
  var input = InputField(placeholder: "type here")
  /// The last submitted text.
  var submitted = ""
  /// Whether the help overlay is open.
  var showsHelp = false
  /// Set when the user asked to block without reading keys (tests the second-signal path).
  var wantsBusyWait = false
  /// Set when the demo should end.
  var finished = false

  /// Applies one key.
  mutating func update(_ key: Key) {
    switch key {
    case .up: highlighted = max(0, highlighted - 1)
    case .down: highlighted = min(Self.options.count - 1, highlighted + 1)
    case .enter:
      submitted = input.text
      input.clear()
    case .escape: escape()
    case .ctrl("b"): wantsBusyWait = true
    case .character("?") where input.isEmpty: showsHelp.toggle()
    case .interrupted: finished = true
    default: input.handle(key)
    }
  }

  /// Esc closes the overlay, or ends the demo.
  private mutating func escape() {
    if showsHelp {
      showsHelp = false
    } else {
      finished = true
    }
  }

  /// The whole frame for a terminal of `size`, and where the cursor goes.
  func render(size: Size) -> (Buffer, Point?) {
    var frame = Buffer(size: size)
    guard !TooSmallNotice.isNeeded(for: size, minimum: Self.minimum) else {
      frame.render(TooSmallNotice(minimum: Self.minimum), in: frame.area)
      return (frame, nil)
    }
    let area = frame.area
    frame.render(TitleBar("TerminalUI demo", trailing: "\(size)"), in: area.top(1))
    frame.render(Breadcrumb(["아키텍처", "네트워킹", "로드 밸런서"]), in: area.dropping(top: 1))
    let body = area.dropping(top: 3, bottom: 3)
    let questionLines = TextBlock(Self.question).lines(width: body.width).count
    frame.render(TextBlock(Self.question, style: .bold), in: body.top(questionLines))
    frame.render(
      OptionList(Self.options, highlighted: highlighted),
      in: body.dropping(top: questionLines + 1))
    let status = wantsBusyWait ? "busy: not reading keys" : "입력: \(submitted)"
    frame.render(TextBlock(status, style: Style(foreground: .green)), in: area.bottom(3).top(1))
    var cursor = input.render(into: &frame, area: area.bottom(2).top(1), prompt: "답: ")
    frame.render(KeyHelpBar(Self.hints), in: area.bottom(1))
    if showsHelp {
      let box = OverlayBox(title: "help", body: OverlayBox.keyTable(Self.hints), footer: "Esc")
      frame.render(box, in: box.frame(in: area))
      cursor = nil
    }
    return (frame, cursor)
  }
}
