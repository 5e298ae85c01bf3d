import Foundation
import TerminalUI
import Testing

@testable import NoteDrillApp

/// Whole screens from the virtual terminal, compared as text at 80x24 and 40x12.
@Suite struct ScreenTests {
  static let goldens: [String: String] = [
    "home 80x24": """
     NoteDrill                                                                today

      Due            12
      Learning       3
      New            20
      Done today     7
      Streak         4 days
      True retention 91%

      > 1. Daily drill
        2. Mock exam
        3. Weak topics
        4. Checklists
        5. Stats
        6. Export report
        7. Quit







    1-7 open  j/k move  Enter open  q quit  ? keys
    """,
    "choice 80x24": """
     NoteDrill · Daily drill                                                    1/3
     [.................................................] due 3 · learning 0 · new 0
     aws-network › 네트워크 › VPC

     AWS 클라우드 안에서 사용자가 정의하는 논리적으로 격리된 가상 네트워크를
     무엇이라고 하는가?

     > 1. 서브넷
       2. VPC
       3. 보안 그룹
       4. 라우팅 테이블












    1-9 answer  j/k move  u undo  q stop  ? keys
    """,
    "typed 80x24": """
     NoteDrill · Daily drill                                                    2/3
     [################.................................] due 2 · learning 0 · new 0
     aws-network › 네트워크 › VPC

     인바운드와 아웃바운드 트래픽을 제어하는 가상 방화벽은?

     > 보안그

     Type the answer, Enter to check.














    Enter check  Esc stop
    """,
    "answer 80x24": """
     NoteDrill · Daily drill                                                    1/3
     [.................................................] due 3 · learning 0 · new 0
     aws-network › 네트워크 › VPC

     ✓ Right
     Answer: VPC

     VPC는 AWS 안의 격리된 가상 네트워크다.
     aws-network.md:12 · 네트워크 › VPC
     Related to VPC: flows to 인터넷 게이트웨이, has part 서브넷












      1 Again 1m   2 Hard 6m   3 Good 1d  [4 Easy 4d]
    Enter next  1-4 rating  u undo  q stop  ? keys
    """,
    "help 80x24": """
     NoteDrill · Daily drill                                                    1/3
     [.................................................] due 3 · learning 0 · new 0
     aws-network › 네트워크 › VPC

     AWS 클라우드 안에서 사용자가 정의하는 논리적으로 격리된 가상 네트워크를
     무엇이라고 하는가?
                         ┌─────────────── Keys ───────────────┐
     > 1. 서브넷         │ 1-9      pick / toggle an option   │
       2. VPC            │ ↑↓ j k   move; scroll              │
       3. 보안 그룹      │ Space    toggle; reveal flip card  │
       4. 라우팅 테이블  │ Enter    submit; next question     │
                         │ 1-4      rate Again/Hard/Good/Easy │
                         │ y / n    near miss: right or not   │
                         │ u        undo (Ctrl-Z when typing) │
                         │ PgUp/Dn  scroll                    │
                         │ q / Esc  stop; answers are saved   │
                         │ ?        this help                 │
                         └────────── any key closes ──────────┘





    1-9 answer  j/k move  u undo  q stop  ? keys
    """,
    "home 40x12": """
     NoteDrill                        today

      Due 12 · Learning 3 · New 20
      Done today 7 · Streak 4 days
      True retention 91%

      > 1. Daily drill
        2. Mock exam
        3. Weak topics
        4. Checklists
        5. Stats
    1-7 open  j/k move  Enter open  q quit
    """,
    "choice 40x12": """
     NoteDrill · Daily drill            1/3
     [.........] due 3 · learning 0 · new 0
     aws-network › 네트워크 › VPC
     AWS 클라우드 안에서 사용자가 정의하는
     논리적으로 격리된 가상 네트워크를
     무엇이라고 하는가?

     > 1. 서브넷
       2. VPC
       3. 보안 그룹
       4. 라우팅 테이블
    1-9 answer  j/k move  u undo  q stop
    """,
    "typed 40x12": """
     NoteDrill · Daily drill            2/3
     [###......] due 2 · learning 0 · new 0
     aws-network › 네트워크 › VPC
     인바운드와 아웃바운드 트래픽을
     제어하는 가상 방화벽은?

     > 보안그

     Type the answer, Enter to check.


    Enter check  Esc stop
    """,
    "answer 40x12": """
     NoteDrill · Daily drill            1/3
     [.........] due 3 · learning 0 · new 0
     aws-network › 네트워크 › VPC
     ✓ Right
     Answer: VPC

     VPC는 AWS 안의 격리된 가상 네트워크다.
     aws-network.md:12 · 네트워크 › VPC
     Related to VPC: flows to 인터넷
     게이트웨이, has part 서브넷
     Rate  1 1m   2 6m   3 1d  [4 4d]
    Enter next  1-4 rating  u undo  q stop
    """,
    "help 40x12": """
     ┌─────────────── Keys ───────────────┐
     │ 1-9      pick / toggle an option   │
     │ ↑↓ j k   move; scroll              │
     │ Space    toggle; reveal flip card  │
     │ Enter    submit; next question     │
     │ 1-4      rate Again/Hard/Good/Easy │
     │ y / n    near miss: right or not   │
     │ u        undo (Ctrl-Z when typing) │
     │ PgUp/Dn  scroll                    │
     │ q / Esc  stop; answers are saved   │
     │ ?        this help                 │
    1└────────── any key closes ──────────┘
    """,
  ]

  @Test(arguments: ["home", "choice", "typed", "answer", "help"], ["80x24", "40x12"])
  func screenMatches(_ name: String, _ size: String) throws {
    let parts = size.split(separator: "x").compactMap { Int($0) }
    let terminal = try ScreenScripts.run(
      try #require(ScreenScripts.all.first { $0.0 == name }).1,
      size: Size(width: parts[0], height: parts[1]))
    let expected = try #require(Self.goldens["\(name) \(size)"])
    #expect(terminal.text == expected, "\(name) \(size)\n\(terminal.text)")
  }
}
