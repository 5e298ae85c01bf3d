import Foundation
import TerminalUI
import Testing

@testable import NoteDrillApp
@testable import StudyCore

/// Every key on every drill state: what it does, and that keys without a meaning change nothing.
@Suite struct DrillScreenKeyTests {
  static let now = Fixtures.at(5)
  /// Keys tried on every state.
  static let allKeys: [Key] = [
    .character("1"), .character("2"), .character("3"), .character("4"), .character("9"),
    .character("j"), .character("k"), .character("x"), .character(" "), .character("?"),
    .character("u"), .character("q"), .character("y"), .character("n"), .up, .down, .left,
    .right, .enter, .escape, .backspace, .tab, .pageUp, .pageDown, .ctrl("z"),
    .resize(Size(width: 50, height: 15)), .unknown(0),
  ]

  enum State: CaseIterable {
    case single, multiple, ordering, typed, flip, revealed, nearMiss, answered, finished
  }

  static func screen(_ state: State) -> DrillScreen {
    let questions: [Question]
    switch state {
    case .single, .answered, .finished: questions = [Fixtures.single, Fixtures.typed]
    case .multiple: questions = [Fixtures.multiple]
    case .ordering: questions = [Fixtures.ordering]
    case .typed, .nearMiss: questions = [Fixtures.typed]
    case .flip, .revealed: questions = [Fixtures.flip]
    }
    // Reviews, so a quick right answer is rated Easy (never so on a card's first sight).
    var session = DrillSession(
      items: questions.map { DrillItem(question: $0, reason: .review) },
      grader: Fixtures.session([]).grader, at: Fixtures.start)
    switch state {
    case .revealed: session.reveal()
    case .nearMiss: _ = session.submit(.text("보앙그릅"), at: Fixtures.at(1))
    case .answered: _ = session.submit(.choices([1]), at: Fixtures.at(1))
    case .finished:
      _ = session.submit(.choices([1]), at: Fixtures.at(1))
      _ = session.next(at: Fixtures.at(2))
      _ = session.stop(at: Fixtures.at(3))
    default: break
    }
    return DrillScreen(session: session)
  }

  /// What `key` does on `state`, described; `nil` means "nothing at all".
  static func outcome(_ state: State, _ key: Key) -> String? {
    var screen = screen(state)
    let before = screen
    let effects = screen.update(key, at: now)
    if screen == before && effects.isEmpty { return nil }
    return describe(screen, effects)
  }

  static func describe(_ screen: DrillScreen, _ effects: [DrillEffect]) -> String {
    let phase: String
    switch screen.session.phase {
    case .asking: phase = "asking"
    case .revealed: phase = "revealed"
    case .nearMiss: phase = "nearMiss"
    case .answered(let feedback): phase = "answered(\(feedback.rating.name))"
    case .finished: phase = "finished"
    }
    let names = effects.map { effect -> String in
      switch effect {
      case .saveAnswer(let answer): "save(\(answer.rating.name))"
      case .undoLastAnswer: "undo"
      case .loadOutcomes: "load"
      case .close: "close"
      }
    }
    var parts = [phase, "#\(screen.session.index)", "hl\(screen.session.highlighted)"]
    if !screen.session.selection.isEmpty { parts.append("sel\(screen.session.selection)") }
    if !screen.session.draft.isEmpty { parts.append("in:\(screen.session.draft)") }
    if screen.showsHelp { parts.append("help") }
    if screen.scroll > 0 { parts.append("scroll\(screen.scroll)") }
    if !names.isEmpty { parts.append(names.joined(separator: ",")) }
    return parts.joined(separator: " ")
  }

  static let table: [State: [Key: String]] = [
    .single: [
      .character("1"): "answered(Again) #0 hl0 load", .character("2"): "answered(Easy) #0 hl1 load",
      .character("3"): "answered(Again) #0 hl2 load",
      .character("4"): "answered(Again) #0 hl3 load",
      .character("j"): "asking #0 hl1", .down: "asking #0 hl1",
      .enter: "answered(Again) #0 hl0 load", .character("?"): "asking #0 hl0 help",
      .character("q"): "finished #0 hl0", .escape: "finished #0 hl0",
      .pageDown: "asking #0 hl0 scroll5",
    ],
    .multiple: [
      .character("1"): "asking #0 hl0 sel[0]", .character("2"): "asking #0 hl1 sel[1]",
      .character("3"): "asking #0 hl2 sel[2]", .character("4"): "asking #0 hl3 sel[3]",
      .character("j"): "asking #0 hl1", .down: "asking #0 hl1",
      .character(" "): "asking #0 hl0 sel[0]",
      .character("?"): "asking #0 hl0 help", .character("q"): "finished #0 hl0",
      .escape: "finished #0 hl0", .pageDown: "asking #0 hl0 scroll5",
    ],
    .ordering: [
      .character("1"): "asking #0 hl0 sel[0]", .character("2"): "asking #0 hl1 sel[1]",
      .character("3"): "asking #0 hl2 sel[2]", .character("j"): "asking #0 hl1",
      .down: "asking #0 hl1", .character(" "): "asking #0 hl0 sel[0]",
      .character("?"): "asking #0 hl0 help", .character("q"): "finished #0 hl0",
      .escape: "finished #0 hl0", .pageDown: "asking #0 hl0 scroll5",
    ],
    .typed: [
      .character("1"): "asking #0 hl0 in:1", .character("2"): "asking #0 hl0 in:2",
      .character("3"): "asking #0 hl0 in:3", .character("4"): "asking #0 hl0 in:4",
      .character("9"): "asking #0 hl0 in:9", .character("j"): "asking #0 hl0 in:j",
      .character("k"): "asking #0 hl0 in:k", .character("x"): "asking #0 hl0 in:x",
      .character(" "): "asking #0 hl0 in: ", .character("?"): "asking #0 hl0 in:?",
      .character("u"): "asking #0 hl0 in:u", .character("q"): "asking #0 hl0 in:q",
      .character("y"): "asking #0 hl0 in:y", .character("n"): "asking #0 hl0 in:n",
      .escape: "finished #0 hl0",
    ],
    .flip: [
      .character(" "): "revealed #0 hl0", .enter: "revealed #0 hl0",
      .character("?"): "asking #0 hl0 help", .character("q"): "finished #0 hl0",
      .escape: "finished #0 hl0", .pageDown: "asking #0 hl0 scroll5",
    ],
    .revealed: [
      .character("1"): "finished #1 hl0 save(Again)", .character("2"): "finished #1 hl0 save(Hard)",
      .character("3"): "finished #1 hl0 save(Good)", .character("4"): "finished #1 hl0 save(Easy)",
      .character("u"): "asking #0 hl0", .character("?"): "revealed #0 hl0 help",
      .character("q"): "finished #0 hl0", .escape: "finished #0 hl0",
      .pageDown: "revealed #0 hl0 scroll5",
    ],
    .nearMiss: [
      .character("y"): "answered(Hard) #0 hl0 load", .character("n"): "answered(Again) #0 hl0 load",
      .enter: "answered(Again) #0 hl0 load", .character("u"): "asking #0 hl0",
      .character("?"): "nearMiss #0 hl0 help", .character("q"): "finished #1 hl0 save(Again)",
      .escape: "finished #1 hl0 save(Again)", .pageDown: "nearMiss #0 hl0 scroll5",
    ],
    .answered: [
      .character("1"): "answered(Again) #0 hl0", .character("2"): "answered(Hard) #0 hl0",
      .character("3"): "answered(Good) #0 hl0",
      .character(" "): "asking #1 hl0 save(Easy)", .character("n"): "asking #1 hl0 save(Easy)",
      .enter: "asking #1 hl0 save(Easy)", .right: "asking #1 hl0 save(Easy)",
      .character("j"): "answered(Easy) #0 hl0 scroll1", .down: "answered(Easy) #0 hl0 scroll1",
      .character("u"): "asking #0 hl0", .character("?"): "answered(Easy) #0 hl0 help",
      .character("q"): "finished #1 hl0 save(Easy)", .escape: "finished #1 hl0 save(Easy)",
      .pageDown: "answered(Easy) #0 hl0 scroll5",
    ],
    .finished: [
      .enter: "finished #1 hl0 close", .character(" "): "finished #1 hl0 close",
      .character("q"): "finished #1 hl0 close", .escape: "finished #1 hl0 close",
      .character("u"): "asking #0 hl0 undo", .character("?"): "finished #1 hl0 help",
      .pageDown: "finished #1 hl0 scroll5",
    ],
  ]

  @Test(arguments: State.allCases)
  func everyKeyOnEveryState(_ state: State) {
    let expectations = Self.table[state] ?? [:]
    for key in Self.allKeys {
      #expect(Self.outcome(state, key) == expectations[key], "\(state) \(key)")
    }
  }

  @Test func anyKeyClosesTheHelpOverlay() {
    var screen = Self.screen(.single)
    _ = screen.update(.character("?"), at: Self.now)
    #expect(screen.showsHelp)
    #expect(screen.update(.character("1"), at: Self.now).isEmpty)
    #expect(!screen.showsHelp)
    #expect(screen.session.phase == .asking)
  }

  @Test func typedKoreanBackspaceAndSubmit() {
    var screen = Self.screen(.typed)
    for character in "보안그룹ㅇ" { _ = screen.update(.character(character), at: Self.now) }
    _ = screen.update(.backspace, at: Self.now)
    #expect(screen.session.draft == "보안그룹")
    #expect(screen.update(.enter, at: Self.now) == [.loadOutcomes(questionID: "q3")])
  }

  @Test func enterOnAnEmptyTypedAnswerDoesNothing() {
    var screen = Self.screen(.typed)
    #expect(screen.update(.enter, at: Self.now).isEmpty)
    #expect(screen.session.phase == .asking)
  }

  @Test func multipleResponseTogglesThenSubmits() {
    var screen = Self.screen(.multiple)
    for key: Key in [.character("1"), .character("3"), .character("4"), .character("4")] {
      _ = screen.update(key, at: Self.now)
    }
    #expect(screen.session.selection == [0, 2])
    #expect(screen.update(.enter, at: Self.now) == [.loadOutcomes(questionID: "q2")])
    guard case .answered(let feedback) = screen.session.phase else { return }
    #expect(feedback.isCorrect)
  }

  @Test func ratingOverrideThenNextSavesTheOverride() {
    var screen = Self.screen(.answered)
    _ = screen.update(.character("1"), at: Self.now)
    let effects = screen.update(.enter, at: Self.now)
    guard case .saveAnswer(let answer)? = effects.first else {
      Issue.record("no save")
      return
    }
    #expect(answer.rating == .again)
    #expect(answer.isCorrect)
  }

  @Test func undoAfterNextAsksTheSameCardAgain() {
    var screen = Self.screen(.answered)
    _ = screen.update(.enter, at: Self.now)
    // The next card is typed, so `u` is text there; Ctrl-Z undoes.
    #expect(screen.update(.ctrl("z"), at: Self.now) == [.undoLastAnswer])
    #expect(screen.session.index == 0)
    #expect(screen.session.phase == .asking)
  }
}
