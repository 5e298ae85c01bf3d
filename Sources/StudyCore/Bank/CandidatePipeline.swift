import NoteOutline

/// One rule of the candidate pipeline: it keeps a candidate (returns `nil`), rewrites it in
/// place (cleans markup, adds aliases, falls back to a shorter prompt), or drops it by naming
/// the gate that failed. A new rule is one type in its own file, listed below in its place.
protocol CandidateRule: Sendable {
  /// Looks at `candidate`; returns the gate it fails, or `nil` to keep it.
  func apply(_ candidate: inout Candidate, _ context: RuleContext) -> QualityGate?
}

/// What rules may consult besides the candidate itself.
struct RuleContext {
  /// The language of the candidate's note.
  let language: NoteLanguage
  /// Normalisation keys shared across the build.
  let cache: TextKeyCache
  /// The alias lists.
  let aliases: AliasTable
}

/// The ordered pipeline every candidate passes through (documented in docs/questions.md):
///
/// 1. `shapeRules`, on the candidate as generated: text cleaned of markup, broken pieces
///    dropped, trivia dropped, organising headings never keys, typed answers only for short
///    terms, blanks that fit several subjects dropped;
/// 2. the duplicate check and distractor picking (in `BankBuilder.emit`);
/// 3. `optionRules`, once the options are known: organising labels and umbrella names out of
///    the options, leaks, give-aways, too few options;
/// 4. the quality score (`QualityScore`), dropping what scores under the threshold;
/// 5. after every candidate is scored, `BankSelection` keeps the best few per fact and per
///    section and caps diagram questions at 15% of a note's questions.
enum CandidatePipeline {
  /// Rules on the candidate as generated, before options are picked.
  static let shapeRules: [any CandidateRule] = [
    EmptyKeyRule(),
    MarkupRule(),
    FragmentRule(),
    TriviaRule(),
    HeadingKeyRule(),
    TypedAnswerRule(),
    AmbiguousBlankRule(),
    BlankMarkRule(),
  ]

  /// Rules once the options are picked.
  static let optionRules: [any CandidateRule] = [
    OptionNameRule(),
    LeakRule(),
    GiveawayRule(),
    EnoughOptionsRule(),
  ]
}

/// Drops a candidate whose answer is empty or one non-digit character (참/거짓 are one
/// character by nature, and so is a learner's own `참` option).
struct EmptyKeyRule: CandidateRule {
  func apply(_ candidate: inout Candidate, _ context: RuleContext) -> QualityGate? {
    let usable =
      candidate.format == .trueFalse || candidate.kind == .authoredChoice
      || candidate.keys.allSatisfy(BankBuilder.isUsableKey)
    return usable && !candidate.keys.isEmpty ? nil : .emptyKey
  }
}

/// Drops a choice question left with fewer distractors than it needs.
struct EnoughOptionsRule: CandidateRule {
  func apply(_ candidate: inout Candidate, _ context: RuleContext) -> QualityGate? {
    candidate.distractors.count < candidate.minimumDistractors ? .mixedOptions : nil
  }
}

/// `○○` marks a masked name in Korean prompts only; English prompts use `___`.
struct BlankMarkRule: CandidateRule {
  func apply(_ candidate: inout Candidate, _ context: RuleContext) -> QualityGate? {
    guard context.language == .english else { return nil }
    let swap = { (text: String) in
      text.hasSubstring(Templates.blank) ? text.replacingAll(Templates.blank, with: "___") : text
    }
    candidate.prompt = swap(candidate.prompt)
    candidate.fallbackPrompt = candidate.fallbackPrompt.map(swap)
    candidate.keys = candidate.keys.map(swap)
    return nil
  }
}
