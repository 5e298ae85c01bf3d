import Foundation
import StudyCore
import TerminalUI

/// What the results phase shows.
public enum ExamResultsView: Equatable, Sendable {
  /// Score, estimate, per-domain bars, time, trend.
  case summary
  /// One question reviewed: chosen, key, explanation with source.
  case review(Int)
}

/// The mock exam screen: the session plus what only the screen needs (highlight, typed field,
/// navigator cursor, results page).
public struct ExamScreen: Equatable, Sendable {
  /// The exam engine.
  public internal(set) var session: ExamSession
  /// The highlighted option.
  public internal(set) var highlighted = 0
  /// The typed answer being written.
  public internal(set) var input = InputField()
  /// The navigator's cursor.
  public internal(set) var navigatorCursor = 0
  /// The results page.
  public internal(set) var resultsView = ExamResultsView.summary
  /// Scores (percent) of the handed-in attempts, oldest first, for the trend line.
  public var trend: [Int] = []
  /// Whether the `?` overlay is shown.
  public internal(set) var showsHelp = false
  /// How far the body is scrolled.
  public internal(set) var scroll = 0

  /// Navigator columns.
  static let navigatorColumns = 10

  /// A screen over `session`.
  public init(session: ExamSession) {
    self.session = session
    navigatorCursor = session.index
    loadInput()
  }

  /// The clock moved on (the runner ticks about once a second).
  public mutating func tick(at now: Date) -> [ExamEffect] {
    session.tick(at: now)
  }

  /// Handles one key at `now`; returns what the runner should do.
  public mutating func update(_ key: Key, at now: Date) -> [ExamEffect] {
    if showsHelp {
      showsHelp = false
      return []
    }
    if case .interrupted = key { return session.leave(at: now).filter { $0 != .close } }
    switch session.phase {
    case .question: return question(key, at: now)
    case .navigator: return navigator(key, at: now)
    case .confirmSubmit: return confirming(key, at: now)
    case .paused: return session.resume(at: now)
    case .results: return results(key)
    }
  }

  // MARK: Question

  private mutating func question(_ key: Key, at now: Date) -> [ExamEffect] {
    guard let slot = session.current else { return [] }
    if slot.pick.question.format == .typed { return typing(key, at: now) }
    let count = DrillSession.choices(of: slot.pick.question).count
    switch key {
    case .character(let character) where (character.wholeNumberValue ?? 0) >= 1:
      let number = character.wholeNumberValue ?? 0
      guard number <= count else { return [] }
      highlighted = number - 1
      return choose(number - 1, at: now)
    case .down, .character("j"):
      highlighted = min(max(0, count - 1), highlighted + 1)
      return []
    case .up, .character("k"):
      highlighted = max(0, highlighted - 1)
      return []
    case .character(" "): return choose(highlighted, at: now)
    case .enter:
      let single =
        slot.pick.question.format == .singleChoice
        || slot.pick.question.format == .trueFalse
      let effects = single && slot.given == nil ? choose(highlighted, at: now) : []
      return effects + move(by: 1, at: now)
    default: return common(key, at: now)
    }
  }

  /// Keys shared by every question: moving, flag, navigator, submit, clear, pause, help, leave.
  private mutating func common(_ key: Key, at now: Date) -> [ExamEffect] {
    switch key {
    case .character("n"), .right, .tab: return move(by: 1, at: now)
    case .character("b"), .left, .backTab: return move(by: -1, at: now)
    case .character("f"): return session.toggleFlag(at: now)
    case .character("g"):
      navigatorCursor = session.index
      return session.openNavigator(at: now)
    case .character("s"): return session.requestSubmit(at: now)
    case .character("x"):
      input.clear()
      return session.clearAnswer(at: now)
    case .character("p"): return session.pause(at: now)
    case .character("?"):
      showsHelp = true
      return []
    case .character("q"), .escape: return session.leave(at: now)
    case .pageDown:
      scroll += 5
      return []
    case .pageUp:
      scroll = max(0, scroll - 5)
      return []
    default: return []
    }
  }

  private mutating func typing(_ key: Key, at now: Date) -> [ExamEffect] {
    switch key {
    case .enter:
      let text = input.text.trimmingCharacters(in: .whitespaces)
      let effects = text.isEmpty ? [] : session.answer(.text(text), at: now)
      return effects + move(by: 1, at: now)
    case .tab, .backTab: return common(key, at: now)
    case .escape:
      navigatorCursor = session.index
      return session.openNavigator(at: now)
    default:
      input.handle(key)
      return []
    }
  }

  /// Picks option `option`: single choice answers it, multiple response toggles it, ordering
  /// appends (or takes back) it. Every change is saved.
  private mutating func choose(_ option: Int, at now: Date) -> [ExamEffect] {
    guard let slot = session.current else { return [] }
    switch slot.pick.question.format {
    case .multipleChoice:
      var chosen: Set<Int> = []
      if case .choices(let set)? = slot.response { chosen = set }
      if chosen.remove(option) == nil { chosen.insert(option) }
      return chosen.isEmpty
        ? session.clearAnswer(at: now) : session.answer(.choices(chosen), at: now)
    case .ordering:
      var order: [Int] = []
      if case .order(let list)? = slot.response { order = list }
      if let place = order.firstIndex(of: option) {
        order.remove(at: place)
      } else {
        order.append(option)
      }
      return order.isEmpty ? session.clearAnswer(at: now) : session.answer(.order(order), at: now)
    default: return session.answer(.choices([option]), at: now)
    }
  }

  private mutating func move(by step: Int, at now: Date) -> [ExamEffect] {
    let target = session.index + step
    guard session.slots.indices.contains(target) else {
      return step > 0 ? session.requestSubmit(at: now) : []
    }
    let effects = session.go(to: target, at: now)
    showQuestion()
    return effects
  }

  private mutating func showQuestion() {
    highlighted = 0
    scroll = 0
    loadInput()
  }

  private mutating func loadInput() {
    input.clear()
    if let slot = session.current, slot.pick.question.format == .typed, let given = slot.given {
      for character in given { input.handle(.character(character)) }
    }
  }

  // MARK: Navigator, confirmation, results

  private mutating func navigator(_ key: Key, at now: Date) -> [ExamEffect] {
    let count = session.slots.count
    switch key {
    case .right, .character("l"): navigatorCursor = min(count - 1, navigatorCursor + 1)
    case .left, .character("h"): navigatorCursor = max(0, navigatorCursor - 1)
    case .down, .character("j"):
      navigatorCursor = min(count - 1, navigatorCursor + Self.navigatorColumns)
    case .up, .character("k"): navigatorCursor = max(0, navigatorCursor - Self.navigatorColumns)
    case .enter, .character(" "):
      let effects = session.go(to: navigatorCursor, at: now)
      showQuestion()
      return effects
    case .character("s"): return session.requestSubmit(at: now)
    case .character("p"): return session.pause(at: now)
    case .escape, .character("g"), .character("q"): return session.backToQuestion(at: now)
    case .character("?"): showsHelp = true
    default: break
    }
    return []
  }

  private mutating func confirming(_ key: Key, at now: Date) -> [ExamEffect] {
    switch key {
    case .character("y"), .character("Y"), .enter:
      let effects = session.submit(at: now)
      resultsView = .summary
      scroll = 0
      return effects
    case .character("n"), .character("N"), .escape, .character("q"):
      return session.backToQuestion(at: now)
    default: return []
    }
  }

  private mutating func results(_ key: Key) -> [ExamEffect] {
    let count = session.slots.count
    switch (resultsView, key) {
    case (.summary, .character("r")), (.summary, .enter):
      resultsView = .review(0)
    case (.summary, .character("m")): return session.retakeMissed()
    case (.summary, .character("t")): return session.retakeFlagged()
    case (.summary, .character("q")), (.summary, .escape): return [.close]
    case (.review(let at), .character("n")), (.review(let at), .right):
      resultsView = .review(min(count - 1, at + 1))
    case (.review(let at), .character("b")), (.review(let at), .left):
      resultsView = .review(max(0, at - 1))
    case (.review, .character("q")), (.review, .escape): resultsView = .summary
    case (_, .down), (_, .character("j")):
      scroll += 1
      return []
    case (_, .up), (_, .character("k")):
      scroll = max(0, scroll - 1)
      return []
    case (_, .character("?")): showsHelp = true
    default: return []
    }
    scroll = 0
    return []
  }
}
