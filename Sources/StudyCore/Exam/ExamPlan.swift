/// One exam draw in progress. The rules, in order:
///
/// 1. Seats go to domains in proportion to their facts (distinct sibling groups), largest
///    remainder first, never more than a domain holds (``ExamDraw/allocate(count:shares:)``).
/// 2. Multiple-response questions are taken first, one domain after another, up to
///    ``ExamForm/multipleResponseTarget(count:)``, within each domain's seats.
/// 3. Each domain's other seats take, in this order: single choice and true/false, more
///    multiple response, typed and ordering questions, then diagram questions, these never
///    past ``ExamForm/diagramCap(count:)``.
/// 4. Seats a domain cannot fill go to the domains that still can, in proportion; only when
///    nothing else is left do diagram questions pass the cap.
/// 5. No two questions of one sibling group; the picks are shuffled. Everything from the seed.
struct ExamPlan {
  private let count: Int
  private let names: [String]
  private var pools: [String: [Question]] = [:]
  private var weights: [String: Int] = [:]
  private var generator: SeededGenerator
  private var used: Set<String> = []
  private var chosen: [ExamPick] = []
  private var taken: [String: Int] = [:]
  private var diagrams = 0
  private var capRelaxed = false

  /// A plan over `questions` (exam-eligible) labelled with `domains`, for `count` seats.
  init(questions: [Question], domains: [String], count: Int, seed: UInt64) {
    self.count = count
    generator = SeededGenerator(seed: seed)
    var order: [String] = []
    var byDomain: [String: [Question]] = [:]
    for (question, domain) in zip(questions, domains) {
      if byDomain[domain] == nil { order.append(domain) }
      byDomain[domain, default: []].append(question)
    }
    names = order.sorted()
    for name in names {
      var pool = byDomain[name] ?? []
      pool.shuffle(using: &generator)
      let ranked = pool.enumerated().sorted {
        (Self.rank($0.element), $0.offset) < (Self.rank($1.element), $1.offset)
      }
      pools[name] = ranked.map(\.element)
      weights[name] = Set(pool.map(Self.group)).count
    }
  }

  /// The order of preference within a domain (lower first): single choice and true/false,
  /// multiple response past the target, typed and ordering, then diagram questions.
  static func rank(_ question: Question) -> Int {
    if ExamForm.isDiagram(question) { return 3 + ExamDraw.tier(question) }
    return ExamForm.isMultipleResponse(question) ? 1 : 2 * ExamDraw.tier(question)
  }

  static func group(_ question: Question) -> String {
    question.siblingGroup.isEmpty ? "id:" + question.id : question.siblingGroup
  }

  /// Draws the exam.
  mutating func picks() -> [ExamPick] {
    let seats = ExamDraw.allocate(
      count: count,
      shares: names.map { (domain: $0, weight: weights[$0] ?? 0, capacity: weights[$0] ?? 0) })
    takeMultipleResponse(seats: seats)
    for name in names { fill(name, upTo: seats[name, default: 0]) }
    while chosen.count < count {
      let before = chosen.count
      let extra = ExamDraw.allocate(
        count: count - chosen.count,
        shares: names.map { (domain: $0, weight: weights[$0] ?? 0, capacity: room(in: $0)) })
      for name in names { fill(name, upTo: taken[name, default: 0] + extra[name, default: 0]) }
      if chosen.count == before {
        guard !capRelaxed else { break }
        capRelaxed = true
      }
    }
    chosen.shuffle(using: &generator)
    return chosen
  }

  /// Multiple-response questions, one domain after another, up to the target.
  private mutating func takeMultipleResponse(seats: [String: Int]) {
    let target = ExamForm.multipleResponseTarget(count: count)
    var cursor: [String: Int] = [:]
    var progressed = true
    while progressed, chosen.count < target {
      progressed = false
      for name in names
      where chosen.count < target && taken[name, default: 0] < seats[name, default: 0] {
        let pool = pools[name] ?? []
        var index = cursor[name, default: 0]
        while index < pool.count {
          let question = pool[index]
          index += 1
          if ExamForm.isMultipleResponse(question), admit(question, domain: name) {
            progressed = true
            break
          }
        }
        cursor[name] = index
      }
    }
  }

  /// Takes questions of `name` in order of preference until it holds `seats`.
  private mutating func fill(_ name: String, upTo seats: Int) {
    for question in pools[name] ?? [] where taken[name, default: 0] < seats {
      _ = admit(question, domain: name)
    }
  }

  /// Takes `question` when its sibling group is free and the diagram cap allows.
  private mutating func admit(_ question: Question, domain: String) -> Bool {
    guard allowed(question), !used.contains(Self.group(question)) else { return false }
    used.insert(Self.group(question))
    chosen.append(ExamPick(question: question, domain: domain))
    taken[domain, default: 0] += 1
    if ExamForm.isDiagram(question) { diagrams += 1 }
    return true
  }

  private func allowed(_ question: Question) -> Bool {
    !ExamForm.isDiagram(question) || capRelaxed || diagrams < ExamForm.diagramCap(count: count)
  }

  /// How many more questions `name` could give now.
  private func room(in name: String) -> Int {
    var groups: Set<String> = []
    for question in pools[name] ?? []
    where allowed(question) && !used.contains(Self.group(question)) {
      groups.insert(Self.group(question))
    }
    return groups.count
  }
}
