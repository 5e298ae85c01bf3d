import Testing

@testable import TerminalUI

@Suite struct DisplayWidthTests {
  @Test func asciiTakesOneColumnPerCharacter() {
    #expect(DisplayWidth.width(of: "Route 53") == 8)
    #expect(DisplayWidth.width(of: "") == 0)
    #expect(DisplayWidth.width(of: Character("A")) == 1)
  }

  @Test func hangulSyllablesTakeTwoColumns() {
    #expect(DisplayWidth.width(of: Character("한")) == 2)
    #expect(DisplayWidth.width(of: "로드 밸런서") == 11)
    #expect(DisplayWidth.width(of: "S3 버킷 (bucket)") == 16)
  }

  @Test func decomposedHangulIsOneTwoColumnGrapheme() {
    let syllable = "\u{1100}\u{1161}\u{11A8}"  // 각 as leading, vowel and final jamo
    #expect(syllable.count == 1)
    #expect(DisplayWidth.width(of: syllable) == 2)
    #expect(DisplayWidth.width(of: "\u{1100}" as Unicode.Scalar) == 2)
    #expect(DisplayWidth.width(of: "\u{1161}" as Unicode.Scalar) == 0)
    #expect(DisplayWidth.width(of: "\u{11A8}" as Unicode.Scalar) == 0)
  }

  @Test func combiningMarksAddNoWidth() {
    #expect(DisplayWidth.width(of: "\u{0301}" as Unicode.Scalar) == 0)
    #expect(DisplayWidth.width(of: "e\u{0301}") == 1)
    #expect(DisplayWidth.width(of: "cafe\u{0301}") == 4)
  }

  @Test func emojiSequencesAreOneWideGrapheme() {
    let technologist = "\u{1F469}\u{200D}\u{1F4BB}"
    #expect(technologist.count == 1)
    #expect(DisplayWidth.width(of: technologist) == 2)
    #expect(DisplayWidth.width(of: "👨‍👩‍👧‍👦") == 2)
    #expect(DisplayWidth.width(of: "👍🏽") == 2)
    #expect(DisplayWidth.width(of: "🇰🇷") == 2)
    #expect(DisplayWidth.width(of: "\u{2764}\u{FE0F}") == 2)  // heart with emoji presentation
    #expect(DisplayWidth.width(of: "\u{2764}") == 1)  // text presentation by default
    #expect(DisplayWidth.width(of: "1\u{FE0F}\u{20E3}") == 2)  // keycap
    #expect(DisplayWidth.width(of: "✅ 완료") == 7)
  }

  @Test func zeroWidthScalars() throws {
    for value: UInt32 in [0x200B, 0x200C, 0x200D, 0xFE0F, 0xFE0E, 0xFEFF, 0x2060, 0xE0100] {
      let scalar = try #require(Unicode.Scalar(value))
      #expect(DisplayWidth.width(of: scalar) == 0, "U+\(value)")
    }
    #expect(DisplayWidth.width(of: Character("\u{200B}")) == 0)
    #expect(DisplayWidth.width(of: "a\u{200B}b") == 2)
  }

  @Test func controlCharactersAreNotPrintable() throws {
    for value: UInt32 in [0x00, 0x07, 0x09, 0x0A, 0x1B, 0x7F, 0x85, 0x9B] {
      let scalar = try #require(Unicode.Scalar(value))
      #expect(DisplayWidth.width(of: scalar) == nil, "U+\(value)")
      #expect(DisplayWidth.isControl(scalar))
    }
    #expect(!DisplayWidth.isControl("\u{A0}" as Unicode.Scalar))
    // A control grapheme measures as the U+FFFD a buffer draws in its place.
    #expect(DisplayWidth.width(of: Character("\u{07}")) == 1)
    #expect(DisplayWidth.width(of: "a\u{1B}b") == 3)
  }

  @Test func fullwidthFormsAndCJKAreWide() {
    #expect(DisplayWidth.width(of: "ＡＷＳ") == 6)
    #expect(DisplayWidth.width(of: "漢字") == 4)
    #expect(DisplayWidth.width(of: "カ") == 2)
    #expect(DisplayWidth.width(of: "ｶ") == 1)  // halfwidth katakana
    #expect(DisplayWidth.width(of: "\u{3000}") == 2)  // ideographic space
    #expect(DisplayWidth.width(of: "ㄱ") == 2)  // Hangul compatibility jamo
    #expect(DisplayWidth.width(of: "\u{20000}") == 2)  // CJK extension B
  }

  @Test func punctuationUsedByWidgetsIsNarrow() {
    for text in ["…", "›", "─", "┌", "·", "#", "→"] {
      #expect(DisplayWidth.width(of: text) == 1, "\(text)")
    }
  }

  @Test func substringWidthMatchesString() {
    let text = "ALB는 L7 로드 밸런서"
    let tail = text[text.index(text.startIndex, offsetBy: 4)...]
    #expect(DisplayWidth.width(of: tail) == DisplayWidth.width(of: String(tail)))
    #expect(DisplayWidth.width(of: tail) == 15)
  }

  @Test func tablesAreSortedAndDisjoint() {
    for table in [DisplayWidth.zeroWidthRanges, DisplayWidth.wideRanges] {
      for (index, range) in table.enumerated() {
        #expect(range.0 <= range.1)
        if index > 0 { #expect(table[index - 1].1 < range.0) }
      }
    }
  }
}
