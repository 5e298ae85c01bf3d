import Foundation
import ProgressStore
import StudyCore
import TerminalUI

/// Which screen is up.
public enum Route: Equatable, Sendable {
  /// The home screen.
  case home(HomeScreen)
  /// The daily drill.
  case drill(DrillScreen)
  /// The stats page.
  case stats(StatsScreen)
}

/// What the app asks its runner to do.
public enum AppEffect: Equatable, Sendable {
  /// An effect of the drill session.
  case drill(DrillEffect)
  /// Build today's session and open the drill (answer with ``AppModel/drillLoaded(_:)``).
  case startDrill
  /// Load the numbers for the stats page (answer with ``AppModel/statsLoaded(_:)``).
  case loadStats
  /// Reload today's numbers for the home screen (answer with ``AppModel/homeLoaded(_:)``).
  case loadHome
  /// Leave the app.
  case quit
}

/// The whole app: the route plus update and render. Pure; the runner performs effects.
public struct AppModel: Equatable, Sendable {
  /// The screen up.
  public private(set) var route: Route
  /// Set once the app should end.
  public private(set) var isFinished = false
  /// Whether closing the drill leaves the app (when it was started with `notedrill drill`).
  public let drillOnly: Bool

  /// An app on `route`; with `drillOnly`, closing the drill quits.
  public init(route: Route, drillOnly: Bool = false) {
    self.route = route
    self.drillOnly = drillOnly
  }

  /// Handles one key at `now`.
  public mutating func update(_ key: Key, at now: Date) -> [AppEffect] {
    if case .resize = key { return [] }
    switch route {
    case .home(var home):
      let effects = home.update(key)
      route = .home(home)
      var result: [AppEffect] = []
      for effect in effects { result += open(effect) }
      return result
    case .drill(var drill):
      let effects = drill.update(key, at: now)
      route = .drill(drill)
      if case .interrupted = key { return effects.map(AppEffect.drill) + [.quit] }
      var result: [AppEffect] = []
      for effect in effects { result += drillEffect(effect) }
      return result
    case .stats(var stats):
      let closes = stats.update(key)
      route = .stats(stats)
      if case .interrupted = key { return [.quit] }
      return closes ? [.loadHome] : []
    }
  }

  private mutating func open(_ effect: HomeEffect) -> [AppEffect] {
    switch effect {
    case .open(.dailyDrill): return [.startDrill]
    case .open(.stats): return [.loadStats]
    case .open(.quit):
      isFinished = true
      return [.quit]
    }
  }

  private mutating func drillEffect(_ effect: DrillEffect) -> [AppEffect] {
    guard effect == .close else { return [.drill(effect)] }
    if drillOnly {
      isFinished = true
      return [.quit]
    }
    return [.loadHome]
  }

  /// The drill session is ready.
  public mutating func drillLoaded(_ screen: DrillScreen) { route = .drill(screen) }
  /// The stats are ready.
  public mutating func statsLoaded(_ stats: ProgressStats) {
    route = .stats(StatsScreen(stats: stats))
  }
  /// Today's numbers are ready: back to the home screen.
  public mutating func homeLoaded(_ numbers: HomeNumbers) {
    route = .home(HomeScreen(numbers: numbers))
  }
  /// Marks the app finished (after an interrupt).
  public mutating func finish() { isFinished = true }

  /// Passes loaded intervals to the drill.
  public mutating func outcomesLoaded(_ outcomes: RatingOutcomes?, questionID: String) {
    guard case .drill(var drill) = route else { return }
    drill.session.outcomesLoaded(outcomes, questionID: questionID)
    route = .drill(drill)
  }

  /// Sets the summary's "what is due next" line.
  public mutating func setNextDue(_ text: String) {
    guard case .drill(var drill) = route else { return }
    drill.nextDue = text
    route = .drill(drill)
  }

  /// Draws the current screen; returns where the cursor goes.
  public func render(into buffer: inout Buffer) -> Point? {
    switch route {
    case .home(let home):
      home.render(into: &buffer)
      return nil
    case .drill(let drill): return drill.render(into: &buffer)
    case .stats(let stats):
      stats.render(into: &buffer)
      return nil
    }
  }
}
