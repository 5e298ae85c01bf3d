import Foundation
import NoteDrillWiring
import NoteOutline
import ProgressStore
import StudyCore

@testable import NoteDrillApp

/// A small note on disk with topics joined in the concept graph and a study checklist, its
/// bank and graph, and a store: what the weak-topic and checklist tests run on.
struct StudyPlanFixture {
  static let note = """
    # 웹 서비스

    ## Route 53

    - **Route 53**: AWS의 관리형 DNS 서비스입니다.
    - **호스팅 영역**: 한 도메인의 DNS 레코드를 담는 컨테이너입니다.
    - **라우팅 정책**: DNS 쿼리에 어떤 값으로 응답할지 정하는 규칙입니다.

    ## 흐름

    ```mermaid
    graph LR
        R[Route 53] --> C[CloudFront]
    ```

    ## CloudFront

    - **CloudFront**: 엣지 로케이션에서 콘텐츠를 전송하는 CDN입니다.
    - **오리진**: 원본 콘텐츠를 가진 서버입니다.
    - **캐시 정책**: 엣지에서 무엇을 얼마나 캐싱할지 정하는 규칙입니다.

    ## S3

    - **S3**: 객체를 저장하는 스토리지 서비스입니다.
    - **버킷**: 객체를 담는 최상위 컨테이너입니다.
    - **버전 관리**: 객체의 이전 버전을 보관하는 기능입니다.

    ## 체크리스트

    - [ ] Route 53 라우팅 정책 이해
    - [ ] CloudFront 캐시 설정
    - [x] S3 버킷 만들기

    """

  static let utc = TimeZone(secondsFromGMT: 0) ?? .current

  static let aliases = AliasTable.parse("Route 53 = Route53\nCloudFront\nS3").table

  let directory: URL
  let path: String
  let document: NoteDocument
  let bank: QuestionBank
  let graph: ConceptGraph
  let database: AppDatabase
  let services: StoreStudyPlanServices

  /// Writes the note to a fresh folder and opens a store there (a file, so it can be reopened).
  init(at now: Date) throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("notedrill-study-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    path = directory.appendingPathComponent("web.md").path
    try Data(Self.note.utf8).write(to: URL(fileURLWithPath: path))
    document = OutlineParser.parse(Self.note, path: path)
    bank = QuestionBank.build([document], aliases: Self.aliases)
    graph = ConceptGraph.build([document], aliases: Self.aliases)
    database = try Self.openStore(in: directory, at: now, bank: bank)
    services = Self.services(database, document, bank, graph)
  }

  static func openStore(in directory: URL, at now: Date, bank: QuestionBank) throws
    -> AppDatabase
  {
    let database = try AppDatabase.open(
      at: directory.appendingPathComponent("progress.sqlite"), now: now)
    _ = try database.reconcile(with: bank.questions, at: now)
    return database
  }

  static func services(
    _ database: AppDatabase, _ document: NoteDocument, _ bank: QuestionBank, _ graph: ConceptGraph
  ) -> StoreStudyPlanServices {
    StoreStudyPlanServices(
      database: database, documents: [document], questions: bank.questions,
      links: ConceptLinksLoader(ready: ConceptLinks(graph: graph, aliases: aliases)),
      grader: TypedAnswerGrader())
  }

  /// The same store and notes opened again, as after a restart.
  func reopened(at now: Date) throws -> StoreStudyPlanServices {
    let database = try Self.openStore(in: directory, at: now, bank: bank)
    return Self.services(database, document, bank, graph)
  }

  /// The bank's questions under a heading.
  func questions(under heading: String) -> [Question] {
    bank.questions.filter { $0.source.headingPath.last == heading }
  }

  func remove() { try? FileManager.default.removeItem(at: directory) }
}
