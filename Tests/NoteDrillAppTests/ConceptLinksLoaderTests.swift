import Dispatch
import Foundation
import NoteDrillWiring
import StudyCore
import Testing

@testable import NoteDrillApp

/// The graph built on its own thread: not ready until the build returns, then the same links
/// for every reader; a reader before that waits.
@Suite struct ConceptLinksLoaderTests {
  @Test func readersWaitForTheBuildAndAllGetItsLinks() async {
    let release = DispatchSemaphore(value: 0)
    let loader = ConceptLinksLoader {
      release.wait()
      return Fixtures.links
    }
    #expect(!loader.isReady)
    // A reader on another thread blocks until the build is let go.
    let reader = Task.detached { loader.links.related(to: Fixtures.single).map(\.phrase) }
    #expect(!loader.isReady)
    release.signal()
    let phrases = await reader.value
    #expect(phrases == ["flows to 인터넷 게이트웨이", "has part 서브넷"])
    #expect(loader.isReady)
    #expect(loader.links.graph == Fixtures.links.graph)
  }

  @Test func readyLinksNeedNoThread() {
    let loader = ConceptLinksLoader(ready: ConceptLinks())
    #expect(loader.isReady)
    #expect(loader.links.related(to: Fixtures.single).isEmpty)
  }

  @Test func theAnswerScreenGetsRelatedConceptsFromTheServicesNotTheQueue() throws {
    let services = FakeServices(questions: [Fixtures.single])
    var session = try services.drillSession(at: Fixtures.start)
    #expect(session.items[0].related.isEmpty)
    session.relatedLoaded(services.related(to: Fixtures.single), questionID: "other")
    #expect(session.items[0].related.isEmpty)
    session.relatedLoaded(services.related(to: Fixtures.single), questionID: "q1")
    #expect(session.items[0].related.map(\.name) == ["인터넷 게이트웨이", "서브넷"])
    session.relatedLoaded([], questionID: "q1")
    #expect(session.items[0].related.count == 2)
  }
}
