import Foundation
import TerminalUI
import Testing

@testable import NoteDrillApp

/// Whole exam screens from the virtual terminal at 80x24, compared as text.
@Suite struct ExamScreenTests {
  /// Runs `keys` one second apart on a 3-question, 20-minute exam and returns the screen.
  static func screen(_ keys: [Key], size: Size = Size(width: 80, height: 24)) -> VirtualTerminal {
    var exam = ExamScreen(session: ExamFixtures.session(limitSeconds: 20 * 60))
    for (offset, key) in keys.enumerated() {
      _ = exam.update(key, at: Fixtures.at(Double(offset + 1) * 61))
    }
    exam.trend = [40, 67]
    let terminal = VirtualTerminal(size: size)
    var frame = Buffer(size: size)
    let cursor = exam.render(into: &frame)
    terminal.draw(frame, cursor: cursor)
    return terminal
  }

  static let scripts: [String: [Key]] = [
    "question": [.character("2"), .character("f")],
    "multiple": [.character("n"), .character("1"), .character("3")],
    "navigator": [.character("2"), .character("f"), .character("n"), .character("g"), .right],
    "confirm": [.character("2"), .character("f"), .character("s")],
    "results": [
      .character("2"), .character("n"), .character("1"), .character("s"), .character("y"),
    ],
    "review": [
      .character("2"), .character("n"), .character("1"), .character("s"), .character("y"),
      .character("r"), .character("n"),
    ],
  ]

  static let goldens: [String: String] = [
    "multiple": """
     NoteDrill · Mock exam                                       Q 2/3 · 16:57 left
     Answered 1 · Flagged 0 · Blank 2
     메시징

     메시징 서비스를 모두 고르시오.
     (Select TWO)

       1. [x] SNS
       2. [ ] EC2
     > 3. [x] SQS
       4. [ ] EBS












    1-9 choose  n/b next/back  f flag  g questions  s hand in  ? keys
    """,
    "question": """
     NoteDrill · Mock exam                                       Q 1/3 · 17:58 left
     Answered 1 · Flagged 1 · Blank 2 · [flagged]
     네트워크

     AWS 클라우드 안에서 사용자가 정의하는 논리적으로 격리된 가상 네트워크를
     무엇이라고 하는가?

       1. [ ] 서브넷
     > 2. [x] VPC
       3. [ ] 보안 그룹
       4. [ ] 라우팅 테이블












    1-9 choose  n/b next/back  f flag  g questions  s hand in  ? keys
    """,
    "navigator": """
     NoteDrill · Mock exam                                       Q 2/3 · 15:56 left
     Answered 1 · Flagged 1 · Blank 2
     메시징

     All questions: # answered  . blank  F flagged

         1#F    2.     3.
















    arrows move  Enter open  s hand in  Esc back
    """,
    "results": """
     NoteDrill · Mock exam                                                  results
     Answered 2 · Flagged 0 · Blank 1


     Score 1/3 (33%)
     Estimated scaled score 395 of 1000 · pass line 720 · below the line
     An estimate: the real exam equates scores across versions, so 720 is not a
     fixed percentage.
     Time used 5:05 of 20:00

     By domain
     네트워크 ██████████░░░░░░░░░░ 1/2 50%
     메시징   ░░░░░░░░░░░░░░░░░░░░ 0/1 0%

     Trend 40% → 67%








    r review  m retake missed  t retake flagged  q close
    """,
    "confirm": """
     NoteDrill · Mock exam                                       Q 1/3 · 16:57 left
     Answered 1 · Flagged 1 · Blank 2 · [flagged]
     네트워크

     AWS 클라우드 안에서 사용자가 정의하는 논리적으로 격리된 가상 네트워크를
     무엇이라고 하는가?

       1. [ ] 서브넷
     > 2. [x] VPC         ┌──────────── Hand in ────────────┐
       3. [ ] 보안 그룹   │ Hand in the exam now?           │
       4. [ ] 라우팅 테이 │                                 │
                          │ Blank (2): 2, 3                 │
                          │ Flagged (1): 1                  │
                          │                                 │
                          │ A blank answer counts as wrong. │
                          └─── y hand in · n keep going ────┘







    y hand in  n keep going
    """,
    "review": """
     NoteDrill · Mock exam                                                  results
     Answered 2 · Flagged 0 · Blank 1


     Review 2/3 · Wrong
     메시징 서비스를 모두 고르시오.
     (Select TWO)

     ✓ [x] 1. SNS
       [ ] 2. EC2
     ✓ [ ] 3. SQS
       [ ] 4. EBS

     Chosen: SNS
     Answer: SNS; SQS
     Source: aws-network.md:12 · aws-network › 네트워크 › VPC
     VPC는 AWS 안의 격리된 가상 네트워크다.






    n next  b back  q summary
    """,
  ]

  @Test(arguments: ["question", "multiple", "navigator", "confirm", "results", "review"])
  func examScreenMatches(_ name: String) throws {
    let terminal = Self.screen(try #require(Self.scripts[name]))
    #expect(terminal.text == Self.goldens[name], "\(name)\n\(terminal.text)")
  }

  @Test func theNavigatorCursorIsDrawnReversed() throws {
    let terminal = Self.screen(try #require(Self.scripts["navigator"]))
    // Question 3 of the grid's first row: cells are 7 columns wide from x = 1, the grid at y = 6.
    #expect(
      terminal.screen.cell(at: Point(x: 15, y: 6))?.style.attributes.contains(.reverse) == true)
    #expect(
      terminal.screen.cell(at: Point(x: 1, y: 6))?.style.attributes.contains(.reverse) == false)
  }

  @Test func theCountdownRunsOnTicksAndTimeUpShowsTheResults() {
    var exam = ExamScreen(session: ExamFixtures.session(limitSeconds: 60))
    _ = exam.tick(at: Fixtures.at(45))
    var frame = Buffer(size: Size(width: 80, height: 24))
    _ = exam.render(into: &frame)
    #expect(frame.lines[0].hasSuffix("Q 1/3 · 0:15 left"))
    let effects = exam.tick(at: Fixtures.at(60))
    #expect(effects.count == 1)
    frame = Buffer(size: Size(width: 80, height: 24))
    _ = exam.render(into: &frame)
    #expect(frame.lines[0].hasSuffix("results"))
    #expect(frame.lines.contains(" Time used 1:00 of 1:00 (time ran out)"))
  }
}
