import Foundation
import StudyCore
import TerminalUI

/// The daily drill screen: the session plus what only the screen needs (help, scrolling).
public struct DrillScreen: Equatable, Sendable {
  /// The session engine.
  public internal(set) var session: DrillSession
  /// Whether the `?` overlay is shown.
  public internal(set) var showsHelp = false
  /// How far the question or answer text is scrolled.
  public internal(set) var scroll = 0
  /// What is due next, for the summary (set by the runner when the session ends).
  public var nextDue: String?

  /// A screen over `session`.
  public init(session: DrillSession) {
    self.session = session
  }

  /// Handles one key at `now`; returns what the runner should do.
  public mutating func update(_ key: Key, at now: Date) -> [DrillEffect] {
    if showsHelp {
      showsHelp = false
      return []
    }
    let effects: [DrillEffect]
    switch session.phase {
    case .asking: effects = asking(key, at: now)
    case .revealed: effects = revealed(key, at: now)
    case .nearMiss: effects = nearMiss(key, at: now)
    case .answered: effects = answered(key, at: now)
    case .finished: effects = finished(key, at: now)
    }
    if effects.contains(where: Self.movesOn) { scroll = 0 }
    return effects
  }

  private static func movesOn(_ effect: DrillEffect) -> Bool {
    switch effect {
    case .saveAnswer, .undoLastAnswer: true
    default: false
    }
  }

  /// Keys every non-typing state shares: help, undo, quit, scrolling. `nil` when not one.
  mutating func common(_ key: Key, at now: Date) -> [DrillEffect]? {
    switch key {
    case .character("?"):
      showsHelp = true
      return []
    case .character("u"): return session.undo(at: now)
    case .character("q"), .escape, .interrupted: return session.stop(at: now)
    case .pageDown:
      scroll += 5
      return []
    case .pageUp:
      scroll = max(0, scroll - 5)
      return []
    default: return nil
    }
  }

  private mutating func asking(_ key: Key, at now: Date) -> [DrillEffect] {
    guard let question = session.current?.question else { return [] }
    switch question.format {
    case .typed: return typing(key, at: now)
    case .flip: return flipFront(key, at: now)
    case .singleChoice, .trueFalse, .multipleChoice, .ordering:
      return choosing(key, question: question, at: now)
    }
  }

  private mutating func typing(_ key: Key, at now: Date) -> [DrillEffect] {
    switch key {
    case .enter:
      let text = session.draft
      return text.trimmingCharacters(in: .whitespaces).isEmpty
        ? [] : session.submit(.text(text), at: now)
    case .escape, .interrupted: return session.stop(at: now)
    case .ctrl("z"): return session.undo(at: now)
    default:
      var field = InputField(text: session.draft)
      field.handle(key)
      session.draft = field.text
      return []
    }
  }

  private mutating func flipFront(_ key: Key, at now: Date) -> [DrillEffect] {
    if key == .character(" ") || key == .enter {
      session.reveal()
      return []
    }
    return common(key, at: now) ?? []
  }

  private mutating func revealed(_ key: Key, at now: Date) -> [DrillEffect] {
    if case .character(let character) = key, let rating = Self.rating(character) {
      return session.submit(.selfRated(rating), at: now)
    }
    return common(key, at: now) ?? []
  }

  private mutating func nearMiss(_ key: Key, at now: Date) -> [DrillEffect] {
    switch key {
    case .character("y"), .character("Y"): return session.resolveNearMiss(countAsRight: true)
    case .character("n"), .character("N"), .enter:
      return session.resolveNearMiss(countAsRight: false)
    default: return common(key, at: now) ?? []
    }
  }

  private mutating func answered(_ key: Key, at now: Date) -> [DrillEffect] {
    switch key {
    case .character(let character) where Self.rating(character) != nil:
      if let rating = Self.rating(character) { session.overrideRating(rating) }
      return []
    case .enter, .character(" "), .character("n"), .right: return session.next(at: now)
    case .down, .character("j"):
      scroll += 1
      return []
    case .up, .character("k"):
      scroll = max(0, scroll - 1)
      return []
    default: return common(key, at: now) ?? []
    }
  }

  private mutating func finished(_ key: Key, at now: Date) -> [DrillEffect] {
    switch key {
    case .enter, .character(" "): return [.close]
    default: return common(key, at: now) ?? []
    }
  }

  /// `1`–`4` as a rating.
  static func rating(_ character: Character) -> Rating? {
    character.wholeNumberValue.flatMap { Rating(rawValue: $0) }
  }
}
