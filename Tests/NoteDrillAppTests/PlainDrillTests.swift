import Foundation
import ProgressStore
import StudyCore
import Testing

@testable import NoteDrillApp

/// Plain mode over a fake store: exact lines for each format.
@Suite struct PlainDrillTests {
  func run(_ questions: [Question], input: [String]) throws -> (lines: [String], saved: Int) {
    let services = FakeServices(questions: questions)
    var pending = input[...]
    var output: [String] = []
    let runner = PlainDrillRunner(
      session: try services.drillSession(at: Fixtures.start), store: services,
      readLine: { pending.popFirst() }, write: { output.append($0) },
      clock: { Fixtures.at(2) })
    try runner.run()
    return (output, services.saved.count)
  }

  @Test func choiceQuestionLines() throws {
    let (lines, saved) = try run([Fixtures.single], input: ["2"])
    #expect(
      lines == [
        "", "Q 1/1 · aws-network › 네트워크 › VPC",
        "AWS 클라우드 안에서 사용자가 정의하는 논리적으로 격리된 가상 네트워크를 무엇이라고 하는가?",
        "  1. 서브넷", "  2. VPC", "  3. 보안 그룹", "  4. 라우팅 테이블",
        "Answer with a number 1-4 (q to stop):", "Right. Answer: VPC", "Rated Easy",
        "Source: aws-network.md:12 · aws-network › 네트워크 › VPC",
        "VPC는 AWS 안의 격리된 가상 네트워크다.",
        "Related to VPC: flows to 인터넷 게이트웨이, has part 서브넷", "",
        "Session over: 1 answered, 1 right, 2s.",
        "Still due today: 2.",
      ])
    #expect(saved == 1)
  }

  @Test func multipleResponseTakesCommaSeparatedNumbers() throws {
    let (lines, saved) = try run([Fixtures.multiple], input: ["1,3"])
    #expect(lines.contains("Answer with every right number, separated by commas (q to stop):"))
    #expect(lines.contains("Right. Answer: SNS; SQS"))
    #expect(saved == 1)
  }

  @Test func orderingTakesNumbersInOrder() throws {
    let (lines, _) = try run([Fixtures.ordering], input: ["2, 3, 1"])
    #expect(lines.contains("Right. Answer: Route 53 → ALB → EC2"))
  }

  @Test func nearMissAsksYesOrNo() throws {
    let (lines, saved) = try run([Fixtures.typed], input: ["보앙그릅", "maybe", "y"])
    #expect(
      lines.contains("Close: you wrote \"보앙그릅\", the answer is \"보안그룹\". Count it as right? (y/n)"))
    #expect(lines.contains("Answer y or n."))
    #expect(lines.contains("Right. Answer: 보안그룹"))
    #expect(lines.contains("Rated Hard"))
    #expect(saved == 1)
  }

  @Test func theNearMissDecisionIsSavedApartFromTheTypedText() throws {
    for (reply, decision) in [("y", NearMissDecision.countedRight), ("n", .countedWrong)] {
      let services = FakeServices(questions: [Fixtures.typed])
      var pending = ["보앙그릅", reply][...]
      let runner = PlainDrillRunner(
        session: try services.drillSession(at: Fixtures.start), store: services,
        readLine: { pending.popFirst() }, write: { _ in }, clock: { Fixtures.at(2) })
      try runner.run()
      #expect(services.saved.map(\.given) == ["보앙그릅"])
      #expect(services.saved.map(\.nearMiss) == [decision])
      #expect(services.saved.map(\.isCorrect) == [decision == .countedRight])
    }
  }

  @Test func flipRevealsOnAnEmptyLineThenTakesARating() throws {
    let (lines, saved) = try run([Fixtures.flip], input: ["", "3"])
    #expect(lines.contains("Answer: 프라이빗 서브넷의 아웃바운드 인터넷 연결"))
    #expect(lines.contains("Rated Good"))
    #expect(saved == 1)
  }

  @Test func endOfInputEndsWithEverythingSaved() throws {
    let (lines, saved) = try run(
      [Fixtures.single, Fixtures.typed, Fixtures.multiple], input: ["2", "보안그룹을"])
    #expect(saved == 2)
    #expect(lines.contains("Session over: 2 answered, 2 right, 2s."))
  }

  @Test func parsingByFormat() {
    #expect(PlainInput.parse(" q ", for: Fixtures.single) == .stop)
    #expect(PlainInput.parse("u", for: Fixtures.typed) == .undo)
    #expect(
      PlainInput.parse("5", for: Fixtures.single) == .invalid(PlainInput.hint(for: Fixtures.single))
    )
    #expect(
      PlainInput.parse("0", for: Fixtures.single) == .invalid(PlainInput.hint(for: Fixtures.single))
    )
    #expect(
      PlainInput.parse("1,1", for: Fixtures.multiple)
        == .invalid(PlainInput.hint(for: Fixtures.multiple)))
    #expect(PlainInput.parse("2 4", for: Fixtures.multiple) == .respond(.choices([1, 3])))
    #expect(
      PlainInput.parse("", for: Fixtures.typed) == .invalid(PlainInput.hint(for: Fixtures.typed)))
    #expect(
      PlainInput.parse("5", for: Fixtures.flip) == .invalid(PlainInput.hint(for: Fixtures.flip)))
    #expect(PlainInput.parse("2", for: Fixtures.trueFalse) == .respond(.choices([1])))
  }
}
