import NoteOutline
import Testing

/// Parses `markdown` and returns its list items at every depth, in order.
func items(_ markdown: String) -> [ListItem] {
  let note = OutlineParser.parse(markdown, path: "test.md")
  return note.allSections.flatMap(\.listItems)
}

struct TermFormTests {
  @Test func boldColonInBulletAndNumberedItems() throws {
    let found = items("- **ALB**: Layer 7 balancing\n1. **NLB**: Layer 4 balancing\n")
    #expect(found.map(\.term?.name) == ["ALB", "NLB"])
    #expect(found.map(\.term?.definition) == ["Layer 7 balancing", "Layer 4 balancing"])
    #expect(found.map(\.term?.form) == [.boldColon, .boldColon])
  }

  @Test func colonInsideBold() throws {
    let term = try #require(items("- **역할:** 트래픽 분산\n").first?.term)
    #expect(term.name == "역할")
    #expect(term.definition == "트래픽 분산")
  }

  @Test func plainColonWithAndWithoutSpaceBefore() throws {
    let found = items("- 버킷 정책: 접근 제어\n- 리전 엣지 캐시 : 대안 제공\n")
    #expect(found.map(\.term?.name) == ["버킷 정책", "리전 엣지 캐시"])
    #expect(found.map(\.term?.form) == [.plainColon, .plainColon])
    #expect(found.map(\.term?.definition) == ["접근 제어", "대안 제공"])
  }

  @Test func colonsThatAreNotSeparators() {
    let found = items(
      "- see https://example.com for more\n- 회의 14:00 시작\n- this is a long sentence, with a comma: not a term\n"
        + "- AWS 리소스(예: S3, Glacier, KMS)\n- 연결 대상 (예: IAM 사용자)\n"
    )
    #expect(found.allSatisfy { $0.term == nil })
  }

  @Test func boldParentWithChildren() throws {
    let found = items("- **ELB (Elastic Load Balancing)**\n  - **역할**: 트래픽 분산\n  - 고가용성\n")
    let parent = try #require(found.first?.term)
    #expect(parent.form == .parent)
    #expect(parent.name == "ELB")
    #expect(parent.parenthetical == "Elastic Load Balancing")
    #expect(parent.definition.isEmpty)
    #expect(found.first?.subitems.count == 2)
    #expect(found[1].term?.name == "역할")
  }

  @Test func boldAloneWithoutChildrenIsNotATerm() {
    #expect(items("- **그냥 강조**\n").first?.term == nil)
  }

  @Test func colonEndedParent() throws {
    let found = items("- **구성:**\n  - 하나\n- 장점:\n  - 둘\n")
    #expect(found[0].term?.form == .parent)
    #expect(found[0].term?.name == "구성")
    #expect(found[2].term?.form == .parent)
    #expect(found[2].term?.name == "장점")
  }

  @Test func iconBeforeBoldLabel() throws {
    let term = try #require(items("- 🔍 **쉽게 말하면**: 택배 분류 센터\n").first?.term)
    #expect(term.icon == "🔍")
    #expect(term.name == "쉽게 말하면")
    #expect(term.definition == "택배 분류 센터")
  }

  @Test func parentheticalWithoutSpace() throws {
    let term = try #require(items("- **RDS(Relational Database Service)**: 관리형 DB\n").first?.term)
    #expect(term.name == "RDS")
    #expect(term.parenthetical == "Relational Database Service")
    #expect(term.term == "RDS(Relational Database Service)")
  }

  @Test func nestedParenthesesKeepTheOuterGroup() {
    let split = TermDefinition(
      term: "S3 (Simple (Storage) Service)", definition: "x", form: .boldColon)
    #expect(split.name == "S3")
    #expect(split.parenthetical == "Simple (Storage) Service")
  }

  @Test func paragraphLeadInAndPairs() throws {
    let note = OutlineParser.parse(
      "**구성 요소별 역할:**\n\n- a\n\n**요구사항**: 빠른 개발\n**권장 아키텍처**: Lambda + API Gateway\n",
      path: "t.md")
    let paragraphs = note.root.blocks.compactMap { block -> Paragraph? in
      if case .paragraph(let paragraph) = block { return paragraph }
      return nil
    }
    #expect(paragraphs[0].leadIn == "구성 요소별 역할")
    #expect(paragraphs[0].terms.isEmpty)
    #expect(paragraphs[1].leadIn == nil)
    #expect(paragraphs[1].terms.map(\.name) == ["요구사항", "권장 아키텍처"])
    #expect(paragraphs[1].terms.map(\.line) == [5, 6])
  }
}
