import Foundation
import StudyCore

/// Performs the weak-topic list's and the checklists' effects against the services, and hands
/// the results to the model.
struct StudyPlanRunner {
  /// How many questions a review from the list asks at most.
  static let reviewLimit = 20
  /// How many questions a checklist verify quiz asks at most.
  static let verifyLimit = 5

  let services: StudyPlanServices
  let now: Date

  /// Performs `effect`; returns effects to perform next.
  func perform(_ effect: StudyPlanEffect, on model: inout AppModel) throws -> [AppEffect] {
    switch effect {
    case .loadWeakTopics(let message):
      let weak = try services.weakTopics(at: now)
      model.weakTopicsLoaded(
        WeakTopicsScreen(topics: weak.topics(), concepts: weak.concepts(), message: message))
    case .startReview(let tab, let key):
      let weak = try services.weakTopics(at: now)
      let questions =
        tab == .topics
        ? weak.review(topic: key, limit: Self.reviewLimit)
        : weak.review(concept: key, limit: Self.reviewLimit)
      guard !questions.isEmpty else {
        return [.studyPlan(.loadWeakTopics(message: "Nothing to review there."))]
      }
      let session = try services.session(over: questions, mode: .review, at: now)
      model.reviewLoaded(DrillScreen(session: session), origin: .weakTopics)
    case .loadChecklists(let focus, let message):
      model.checklistsLoaded(
        ChecklistScreen(entries: try services.checklistEntries(at: now), message: message),
        focus: focus)
    case .setChecklist(let id, let checked):
      return try change(id, checked: { _ in checked }, writeBack: false)
    case .writeBackChecklist(let id):
      return try change(id, checked: { $0.isChecked }, writeBack: true)
    case .startVerify(let id):
      guard let entry = try entry(id) else { return [] }
      let questions = try services.weakTopics(at: now).verifyQuiz(
        entry.coverage, limit: Self.verifyLimit)
      guard !questions.isEmpty else {
        return [
          .studyPlan(.loadChecklists(focus: id, message: "No questions name this item's concepts."))
        ]
      }
      let session = try services.session(over: questions, mode: .checklist, at: now)
      model.reviewLoaded(DrillScreen(session: session), origin: .checklist(id: id))
    case .verifyFinished(let id, let right, let answered):
      return [.studyPlan(.loadChecklists(focus: id, message: Self.verdict(right, of: answered)))]
    }
    return []
  }

  /// What a verify quiz's result suggests.
  static func verdict(_ right: Int, of answered: Int) -> String {
    if answered == 0 { return "Quiz stopped before any answer." }
    if right == answered { return "All \(answered) right: known. Space ticks this item." }
    return "\(right) of \(answered) right: not yet. Review it before ticking."
  }

  private func entry(_ id: String) throws -> ChecklistEntry? {
    try services.checklistEntries(at: now).first { $0.item.id == id }
  }

  /// Sets an item's state (the note too with `writeBack`); a refusal shows as the message.
  private func change(
    _ id: String, checked: (ChecklistEntry) -> Bool, writeBack: Bool
  ) throws -> [AppEffect] {
    guard let entry = try entry(id) else { return [] }
    let state = checked(entry)
    do {
      try services.setChecklist(entry, checked: state, writeBack: writeBack, at: now)
    } catch {
      return [.studyPlan(.loadChecklists(focus: id, message: "\(error)"))]
    }
    let message =
      writeBack
      ? "Written to \(entry.item.document):\(entry.item.line) as - [\(state ? "x" : " ")]." : nil
    return [.studyPlan(.loadChecklists(focus: id, message: message))]
  }
}
