import NoteOutline
import Testing

func blocks(_ markdown: String) -> [Block] {
  OutlineParser.parse(markdown, path: "t.md").allSections.flatMap(\.descendantBlocks)
}

struct BlockTests {
  @Test func headingTreeAndCleanTitles() throws {
    let note = OutlineParser.parse(
      "# 1. 개요\n## 4.2 Amazon Aurora\n### 🎯 학습 목표:\n## 2024 트렌드\n# Two\n", path: "n.md")
    let titles = note.allSections.compactMap(\.heading).map(\.title)
    #expect(titles == ["개요", "Amazon Aurora", "학습 목표", "2024 트렌드", "Two"])
    let goal = try #require(note.section(titled: "학습 목표"))
    #expect(goal.path == ["개요", "Amazon Aurora", "학습 목표"])
    #expect(goal.heading?.line == 3)
    #expect(note.root.subsections.count == 2)
    #expect(note.title == "개요")
  }

  @Test func headingCleaningCases() {
    #expect(HeadingTitle.clean("1. 🎪 이벤트 사이트 (단일 서버 구성)") == "이벤트 사이트 (단일 서버 구성)")
    #expect(HeadingTitle.clean("🏃‍♂️ 빠른 개발 환경") == "빠른 개발 환경")
    #expect(HeadingTitle.clean("🇰🇷 아시아") == "아시아")
    #expect(HeadingTitle.clean("2.1.3. 세부") == "세부")
    #expect(HeadingTitle.clean("3-Tier 아키텍처") == "3-Tier 아키텍처")
    #expect(HeadingTitle.clean("요약:") == "요약")
    #expect(HeadingTitle.clean("🎯") == "🎯")
  }

  @Test func nestedOrderedAndTaskLists() throws {
    let found = items("1. one\n2. two\n   - [ ] open\n   - [x] done\n* [ ] star task\n")
    #expect(found.map(\.text.text) == ["one", "two", "open", "done", "star task"])
    #expect(found.map(\.task) == [nil, nil, false, true, false])
    #expect(found[1].subitems.count == 2)
    let lists = blocks("3. x\n4. y\n").compactMap { block -> ListBlock? in
      if case .list(let list) = block { return list }
      return nil
    }
    #expect(lists.first?.ordered == true)
    #expect(lists.first?.start == 3)
  }

  @Test func tableInsideListWithMarkupAndAlignment() throws {
    let markdown = """
      - 비교
        | 항목 | **ALB** | NLB |
        |:---|:---:|---:|
        | 계층 | L7<br/>HTTP | `L4` |
        | 링크 | [문서](https://a.example) | ![그림](x.png) |
      """
    let table = try #require(
      blocks(markdown).compactMap { block -> Table? in
        if case .table(let table) = block { return table }
        return nil
      }.first)
    #expect(table.header == ["항목", "ALB", "NLB"])
    #expect(table.alignments == [.left, .center, .right])
    #expect(table.rows == [["계층", "L7\nHTTP", "L4"], ["링크", "문서", "그림"]])
    #expect(table.line == 2)
    #expect(table.rowLines == [4, 5])
  }

  @Test func codeQuoteLinksAndImages() throws {
    let markdown = """
      ```python title
      print("hi")
      ```

      > **인용**: 안의 글

      [링크 글](https://x.example) 과 ![대체 글](y.png) 과 *기울임* 과 ~~취소~~
      """
    let found = blocks(markdown)
    guard case .code(let code) = found[0] else {
      Issue.record("expected code")
      return
    }
    #expect(code.language == "python")
    #expect(code.code == "print(\"hi\")")
    #expect(code.diagram == nil)
    guard case .quote(let quote) = found[1], case .paragraph(let inner) = quote.blocks[0] else {
      Issue.record("expected quote")
      return
    }
    #expect(inner.terms.first?.name == "인용")
    guard case .paragraph(let paragraph) = found[3] else {
      Issue.record("expected paragraph")
      return
    }
    #expect(paragraph.text.text == "링크 글 과 대체 글 과 기울임 과 취소")
    #expect(paragraph.text.links.map(\.destination) == ["https://x.example", "y.png"])
    #expect(paragraph.text.links.map(\.isImage) == [false, true])
  }

  @Test func boldPhrasesAreRecorded() throws {
    let found = items("- 최대 **15개**의 **읽기 복제본**\n")
    #expect(found.first?.text.strong == ["15개", "읽기 복제본"])
    #expect(found.first?.text.text == "최대 15개의 읽기 복제본")
  }

  @Test func frontMatterForms() {
    let note = OutlineParser.parse(
      "---\ntitle: 'My Note'\ntags: [a, \"b\"]\nnested:\n  key: v\n---\n# Heading\n", path: "x/n.md"
    )
    #expect(note.title == "My Note")
    #expect(note.tags == ["a", "b"])
    #expect(note.id == "n")
    #expect(note.root.subsections.first?.heading?.line == 7)
  }

  @Test func unclosedFrontMatterIsBody() {
    let note = OutlineParser.parse("---\ntitle: x\n\n# Real\n", path: "n.md")
    #expect(note.title == "Real")
  }
}
