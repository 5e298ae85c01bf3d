import Testing

@testable import TerminalUI

@Suite struct VirtualTerminalTests {
  @Test func keysArriveInOrderThenNothing() {
    let terminal = VirtualTerminal(size: Size(width: 10, height: 2), keys: [.down, .enter])
    terminal.type("한글")
    #expect(terminal.pendingKeys == [.down, .enter, .character("한"), .character("글")])
    #expect(terminal.readKey(timeout: nil) == .down)
    #expect(terminal.readKey(timeout: .zero) == .enter)
    #expect(terminal.readKey(timeout: nil) == .character("한"))
    #expect(terminal.readKey(timeout: nil) == .character("글"))
    #expect(terminal.readKey(timeout: nil) == nil)
  }

  @Test func resizeChangesTheSizeQueuesAnEventAndRepaintsFully() {
    let terminal = VirtualTerminal(size: Size(width: 10, height: 2))
    var frame = Buffer(size: terminal.size)
    frame.write("문제", at: Point(x: 0, y: 0))
    terminal.draw(frame)
    terminal.resize(to: Size(width: 6, height: 3))
    #expect(terminal.size == Size(width: 6, height: 3))
    #expect(terminal.text == "\n\n")
    #expect(terminal.readKey(timeout: nil) == .resize(Size(width: 6, height: 3)))
    var next = Buffer(size: terminal.size)
    next.write("문제", at: Point(x: 0, y: 0))
    terminal.draw(next)
    #expect(terminal.lastPaintedCellCount == 18)
    #expect(terminal.lines == ["문제", "", ""])
  }

  @Test func interruptIsQueuedLikeAKey() {
    let terminal = VirtualTerminal(size: Size(width: 4, height: 1))
    terminal.interrupt(.terminate)
    #expect(terminal.readKey(timeout: nil) == .interrupted(.terminate))
    terminal.shutdown()
    #expect(terminal.isShutDown)
  }

  @Test func onlyChangedCellsArePainted() {
    let terminal = VirtualTerminal(size: Size(width: 20, height: 4))
    var frame = Buffer(size: terminal.size)
    frame.write("정답: 3", at: Point(x: 0, y: 1))
    terminal.draw(frame)
    #expect(terminal.lastPaintedCellCount == 80)
    terminal.draw(frame)
    #expect(terminal.lastPaintedCellCount == 0)
    frame.write("4", at: Point(x: 6, y: 1))
    terminal.draw(frame)
    #expect(terminal.lastRuns == [Buffer.Run(y: 1, x: 6, count: 1)])
    #expect(terminal.lines[1] == "정답: 4")
    #expect(terminal.frameCount == 3)
  }

  @Test func cursorIsKeptOnlyOnScreen() {
    let terminal = VirtualTerminal(size: Size(width: 4, height: 2))
    terminal.draw(Buffer(size: terminal.size), cursor: Point(x: 3, y: 1))
    #expect(terminal.cursor == Point(x: 3, y: 1))
    terminal.draw(Buffer(size: terminal.size), cursor: Point(x: 4, y: 1))
    #expect(terminal.cursor == nil)
    terminal.draw(Buffer(size: terminal.size))
    #expect(terminal.cursor == nil)
  }

  @Test func frameOfAnotherSizeIsClipped() {
    let terminal = VirtualTerminal(size: Size(width: 5, height: 2))
    var frame = Buffer(size: Size(width: 8, height: 3))
    frame.write("가나다라", at: Point(x: 0, y: 0))
    frame.write("xyz", at: Point(x: 0, y: 2))
    terminal.draw(frame)
    #expect(terminal.lines == ["가나", ""])
    #expect(wideInvariantViolation(terminal.screen) == nil)
  }
}
