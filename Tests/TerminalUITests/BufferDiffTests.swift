import Testing

@testable import TerminalUI

@Suite struct BufferDiffTests {
  let size = Size(width: 10, height: 3)

  func frame(_ rows: [String]) -> Buffer {
    var buffer = Buffer(size: size)
    for (y, row) in rows.enumerated() { buffer.write(row, at: Point(x: 0, y: y)) }
    return buffer
  }

  @Test func identicalFramesRepaintNothing() {
    let one = frame(["퀴즈", "abc"])
    #expect(Buffer.diff(from: one, to: one).isEmpty)
  }

  @Test func firstFrameRepaintsEveryRow() {
    let runs = Buffer.diff(from: nil, to: frame(["a"]))
    #expect(runs == (0..<3).map { Buffer.Run(y: $0, x: 0, count: 10) })
  }

  @Test func sizeChangeRepaintsEveryRow() {
    let small = Buffer(size: Size(width: 4, height: 2))
    let runs = Buffer.diff(from: small, to: frame([]))
    #expect(runs.count == 3)
    #expect(runs.allSatisfy { $0.x == 0 && $0.count == 10 })
  }

  @Test func changingOneCellRepaintsOneRunOfOneCell() {
    let before = frame(["abcdef", "ghij"])
    let after = frame(["abcXef", "ghij"])
    #expect(Buffer.diff(from: before, to: after) == [Buffer.Run(y: 0, x: 3, count: 1)])
  }

  @Test func changingOnlyAStyleRepaintsThatCell() {
    let before = frame(["abc"])
    var after = before
    after.restyle(Rect(x: 1, y: 0, width: 1, height: 1), style: .reverse)
    #expect(Buffer.diff(from: before, to: after) == [Buffer.Run(y: 0, x: 1, count: 1)])
  }

  @Test func separateChangesAreSeparateRuns() {
    let before = frame(["abcdef", "", "xyz"])
    let after = frame(["Abcdeg", "", "xYZ"])
    #expect(
      Buffer.diff(from: before, to: after) == [
        Buffer.Run(y: 0, x: 0, count: 1), Buffer.Run(y: 0, x: 5, count: 1),
        Buffer.Run(y: 2, x: 1, count: 2),
      ])
  }

  @Test func replacingAWideCharacterRepaintsItsLeadingCell() {
    let before = frame(["ab가cd"])
    let after = frame(["ab나cd"])
    #expect(Buffer.diff(from: before, to: after) == [Buffer.Run(y: 0, x: 2, count: 1)])
  }

  @Test func narrowToWideRepaintsBothColumns() {
    #expect(
      Buffer.diff(from: frame(["xy"]), to: frame(["가"])) == [Buffer.Run(y: 0, x: 0, count: 2)])
  }

  @Test func runNeverStartsOnAContinuation() {
    // Old: "가" then style change only on the continuation half is impossible to draw
    // alone, so the run is widened to the leading half.
    var before = frame(["a가b"])
    before.cells[2].style = .dim  // a continuation that differs from the new frame's
    let after = frame(["a가b"])
    #expect(Buffer.diff(from: before, to: after) == [Buffer.Run(y: 0, x: 1, count: 2)])
  }

  @Test func virtualScreenMatchesEveryFrameOfARandomSequence() {
    var generator = SeededGenerator(state: 2024)
    let terminal = VirtualTerminal(size: Size(width: 24, height: 6))
    var current = Buffer(size: terminal.size)
    let samples = ["문제", "a", "ALB", "👍", "e\u{0301}", " ", "가나다라마", "—"]
    let styles: [Style] = [.plain, .bold, .reverse, Style.plain.foreground(.red)]
    terminal.draw(current)
    for _ in 0..<300 {
      let previous = current
      for _ in 0..<Int.random(in: 0...4, using: &generator) {
        let point = Point(
          x: Int.random(in: -1...23, using: &generator), y: Int.random(in: 0...5, using: &generator)
        )
        current.write(
          samples.randomElement(using: &generator) ?? "a", at: point,
          style: styles.randomElement(using: &generator) ?? .plain)
      }
      terminal.draw(current)
      #expect(terminal.screen == current)
      let changed = zip(previous.cells, current.cells).filter { $0 != $1 }.count
      #expect(terminal.lastPaintedCellCount <= changed + terminal.lastRuns.count)
      #expect(terminal.lastPaintedCellCount >= changed)
    }
  }
}
