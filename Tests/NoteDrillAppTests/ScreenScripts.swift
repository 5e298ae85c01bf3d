import Foundation
import StudyCore
import TerminalUI

@testable import NoteDrillApp

/// Key scripts that bring the app to each screen the tests compare.
enum ScreenScripts {
  static let questions = [Fixtures.single, Fixtures.typed, Fixtures.multiple]

  static let all: [(String, [Key])] = [
    ("home", []),
    ("choice", [.enter]),
    ("typed", [.enter, .character("2"), .enter] + "보안그".map { Key.character($0) }),
    ("answer", [.enter, .character("2")]),
    ("help", [.enter, .character("?")]),
  ]

  /// Runs the app from the home screen through `keys` on a virtual terminal of `size`.
  static func run(_ keys: [Key], size: Size, services: FakeServices? = nil) throws
    -> VirtualTerminal
  {
    let services = services ?? FakeServices(questions: questions)
    let terminal = VirtualTerminal(size: size, keys: keys)
    let runner = AppRunner(
      model: AppModel(route: .home(HomeScreen(numbers: services.homeNumbers(at: Fixtures.start)))),
      backend: terminal, services: services, clock: { Fixtures.at(3) })
    try runner.run()
    runner.drawFrame()
    return terminal
  }
}
