import Foundation
import StudyCore
import TerminalUI

/// Where a review under way was started, so closing it goes back there.
public enum ReviewOrigin: Equatable, Sendable {
  /// The weak-topic list.
  case weakTopics
  /// A checklist item's "verify" quiz.
  case checklist(id: String)
}

/// What the weak-topic list and the checklists ask the runner to do.
public enum StudyPlanEffect: Equatable, Sendable {
  /// Rank topics and concepts and open the list (answer with ``AppModel/weakTopicsLoaded(_:)``).
  case loadWeakTopics(message: String?)
  /// Build a review of a topic or concept and open it (answer with
  /// ``AppModel/reviewLoaded(_:origin:)``).
  case startReview(WeakTopicsScreen.Tab, key: String)
  /// Load the checklists, highlighting `focus` (answer with ``AppModel/checklistsLoaded(_:)``).
  case loadChecklists(focus: String?, message: String?)
  /// Set an item's state in the store.
  case setChecklist(id: String, checked: Bool)
  /// Write an item's state into its note.
  case writeBackChecklist(id: String)
  /// Build an item's verify quiz and open it.
  case startVerify(id: String)
  /// A verify quiz ended with `right` of `answered` right: back to the checklists.
  case verifyFinished(id: String, right: Int, answered: Int)
}

extension AppModel {
  /// Handles a key on the weak-topic list or the checklist screen.
  mutating func updateStudyPlan(_ key: Key) -> [AppEffect] {
    switch route {
    case .weakTopics(var screen):
      let effects = screen.update(key)
      route = .weakTopics(screen)
      if case .interrupted = key { return [.quit] }
      return effects.map { effect in
        switch effect {
        case .review(let tab, let key): .studyPlan(.startReview(tab, key: key))
        case .close: .loadHome
        }
      }
    case .checklists(var screen):
      let effects = screen.update(key)
      route = .checklists(screen)
      if case .interrupted = key { return [.quit] }
      return effects.map { effect in
        switch effect {
        case .set(let id, let checked): .studyPlan(.setChecklist(id: id, checked: checked))
        case .writeBack(let id): .studyPlan(.writeBackChecklist(id: id))
        case .verify(let id): .studyPlan(.startVerify(id: id))
        case .close: .loadHome
        }
      }
    default: return []
    }
  }

  /// Where closing a review goes.
  func closedReview(_ origin: ReviewOrigin) -> StudyPlanEffect {
    switch origin {
    case .weakTopics: return .loadWeakTopics(message: nil)
    case .checklist(let id):
      guard case .drill(let drill) = route else {
        return .loadChecklists(focus: id, message: nil)
      }
      let records = drill.session.records
      return .verifyFinished(
        id: id, right: records.filter(\.isCorrect).count, answered: records.count)
    }
  }

  /// The ranked list is ready.
  public mutating func weakTopicsLoaded(_ screen: WeakTopicsScreen) {
    if case .weakTopics(let old) = route, old.topics == screen.topics,
      old.concepts == screen.concepts
    {
      var kept = old
      kept.message = screen.message
      route = .weakTopics(kept)
      return
    }
    route = .weakTopics(screen)
  }

  /// A review (or verify quiz) is ready; closing it returns to `origin`.
  public mutating func reviewLoaded(_ screen: DrillScreen, origin: ReviewOrigin) {
    reviewOrigin = origin
    route = .drill(screen)
  }

  /// The checklists are ready (or changed): the highlight stays on the same item.
  public mutating func checklistsLoaded(_ screen: ChecklistScreen, focus: String? = nil) {
    var next = screen
    if let focus {
      next.highlight(id: focus)
    } else if case .checklists(let old) = route, old.highlighted < old.entries.count {
      next.highlight(id: old.entries[old.highlighted].item.id)
    }
    route = .checklists(next)
  }
}
