extension DisplayWidth {
  /// Wraps `text` into lines of at most `width` columns.
  ///
  /// Lines break at spaces when they can (Korean words included); the spaces at a break are
  /// dropped, while a paragraph's leading indentation is kept. A word wider than the line fills
  /// the current line and continues on the next, cut at grapheme boundaries by columns.
  /// Explicit newlines start new lines, and an empty paragraph yields an empty line. The only
  /// line that can exceed `width` is a single grapheme wider than `width` itself (a wide
  /// character at width 1), which a ``Buffer`` then draws as a blank.
  public static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var builder = LineWrapper(width: width)
    let paragraphs = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    for paragraph in paragraphs {
      builder.add(paragraph: paragraph)
    }
    return builder.lines
  }
}

/// Greedy line filling by display columns, one paragraph at a time.
struct LineWrapper {
  /// The column limit of every line.
  let width: Int
  /// Lines finished so far.
  var lines: [String] = []
  /// The line being filled.
  private var current = ""
  /// Display width of `current`.
  private var currentWidth = 0
  /// Whether `current` holds anything other than spaces.
  private var currentHasText = false

  /// Creates a wrapper for lines of `width` columns.
  init(width: Int) {
    self.width = width
  }

  /// Wraps one paragraph (text without newlines) and finishes its last line.
  mutating func add(paragraph: Substring) {
    var index = paragraph.startIndex
    var atParagraphStart = true
    while index < paragraph.endIndex {
      let isSpace = Self.isBreakingSpace(paragraph[index])
      var end = paragraph.index(after: index)
      while end < paragraph.endIndex && Self.isBreakingSpace(paragraph[end]) == isSpace {
        end = paragraph.index(after: end)
      }
      let token = paragraph[index..<end]
      if isSpace {
        addSpaces(token, keep: atParagraphStart)
      } else {
        addWord(token)
      }
      atParagraphStart = false
      index = end
    }
    finishLine()
  }

  /// Spaces between words: kept while they fit, dropped at a line break.
  private mutating func addSpaces(_ spaces: Substring, keep: Bool) {
    if !keep && current.isEmpty { return }
    let spacesWidth = DisplayWidth.width(of: spaces)
    if currentWidth + spacesWidth <= width {
      current += spaces
      currentWidth += spacesWidth
    } else if currentHasText {
      finishLine()
    } else {
      // Indentation wider than the line: keep what fits.
      let kept = DisplayWidth.truncate(String(spaces), toWidth: width - currentWidth, ellipsis: "")
      current += kept
      currentWidth += DisplayWidth.width(of: kept)
    }
  }

  /// A word: on this line if it fits, else on the next, else cut by columns.
  private mutating func addWord(_ word: Substring) {
    let wordWidth = DisplayWidth.width(of: word)
    if currentWidth + wordWidth <= width {
      append(word, width: wordWidth)
    } else if wordWidth <= width && currentHasText {
      finishLine()
      append(word, width: wordWidth)
    } else {
      addCut(word)
    }
  }

  /// Appends `word` grapheme by grapheme, starting new lines as each fills up.
  private mutating func addCut(_ word: Substring) {
    for character in word {
      let characterWidth = DisplayWidth.width(of: character)
      if currentWidth + characterWidth > width && !current.isEmpty {
        finishLine()
      }
      current.append(character)
      currentWidth += characterWidth
      currentHasText = true
    }
  }

  /// Appends a whole word known to fit.
  private mutating func append(_ word: Substring, width wordWidth: Int) {
    current += word
    currentWidth += wordWidth
    currentHasText = true
  }

  /// Ends the current line, trimming the spaces it ends with.
  private mutating func finishLine() {
    while let last = current.last, Self.isBreakingSpace(last) {
      current.removeLast()
    }
    lines.append(current)
    current = ""
    currentWidth = 0
    currentHasText = false
  }

  /// Whether a line may break at `character`: white space other than line breaks and the
  /// no-break spaces (U+00A0, U+2007, U+202F).
  static func isBreakingSpace(_ character: Character) -> Bool {
    if character == " " { return true }
    guard character.isWhitespace && !character.isNewline else { return false }
    return character != "\u{00A0}" && character != "\u{2007}" && character != "\u{202F}"
  }
}
