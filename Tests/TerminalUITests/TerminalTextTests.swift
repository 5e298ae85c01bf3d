import Testing

@testable import TerminalUI

@Suite struct TerminalTextTests {
  @Test func colourSequencesAreRemoved() {
    #expect(TerminalText.sanitize("\u{1B}[31;1m빨강\u{1B}[0m 글자") == "빨강 글자")
    #expect(TerminalText.sanitize("\u{9B}2Jclear") == "clear")  // C1 CSI
  }

  @Test func stringSequencesAreRemoved() {
    #expect(TerminalText.sanitize("a\u{1B}]0;title\u{07}b") == "ab")
    #expect(TerminalText.sanitize("a\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\b") == "alinkb")
    #expect(TerminalText.sanitize("a\u{1B}Pq#0\u{1B}\\b") == "ab")  // DCS (sixel)
  }

  @Test func unterminatedStringEndsWithItsLine() {
    #expect(TerminalText.sanitize("\u{1B}]8;;http://x\n보임") == "\n보임")
  }

  @Test func strayEscapeDoesNotSwallowText() {
    #expect(TerminalText.sanitize("a\u{1B}\nb") == "a\nb")
    #expect(TerminalText.sanitize("a\u{1B}") == "a")
    #expect(TerminalText.sanitize("\u{1B}[31한글") == "한글")
    #expect(TerminalText.sanitize("\u{1B}(B텍스트") == "텍스트")  // charset designation
  }

  @Test func controlCharactersBecomeVisible() {
    #expect(TerminalText.sanitize("bell\u{07}") == "bell^G")
    #expect(TerminalText.sanitize("del\u{7F}") == "del^?")
    #expect(TerminalText.sanitize("nul\u{0}") == "nul^@")
    #expect(TerminalText.sanitize("c1\u{85}") == "c1\u{FFFD}")
  }

  @Test func tabsExpandToStops() {
    #expect(TerminalText.sanitize("a\tb") == "a   b")
    #expect(TerminalText.sanitize("\tx") == "    x")
    #expect(TerminalText.sanitize("한글\tx") == "한글    x")
    #expect(TerminalText.sanitize("a\tb", tabWidth: 8) == "a       b")
  }

  @Test func lineBreaksAreNormalised() {
    #expect(TerminalText.sanitize("a\r\nb\rc\u{2028}d") == "a\nb\nc\nd")
    #expect(TerminalText.sanitize("a\nb", keepingNewlines: false) == "a b")
    #expect(TerminalText.sanitize("a\r\nb", keepingNewlines: false) == "a b")
  }

  @Test func plainTextIsReturnedAsIs() {
    #expect(TerminalText.sanitize("Route 53") == "Route 53")
    #expect(TerminalText.sanitize("가용 영역 (AZ)") == "가용 영역 (AZ)")
  }

  @Test func sanitizedTextHasNoControlCharacters() {
    var generator = SeededGenerator(state: 7)
    for _ in 0..<200 {
      let scalars = (0..<20).compactMap { _ in
        Unicode.Scalar(UInt32.random(in: 0...0xAF, using: &generator))
      }
      let text = String(String.UnicodeScalarView(scalars))
      let clean = TerminalText.sanitize(text)
      #expect(clean.unicodeScalars.allSatisfy { !DisplayWidth.isControl($0) || $0 == "\n" })
    }
  }
}
