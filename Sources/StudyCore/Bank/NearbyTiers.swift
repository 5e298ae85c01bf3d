/// Anything read from a place in the notes.
protocol Placed {
  var place: FactPlace { get }
}

extension TermFact: Placed {}
extension AttributeFact: Placed {}
extension EnumerationFact: Placed {}
extension SubjectFacts: Placed {}
extension ScenarioFact: Placed {}
extension TableFact: Placed {}

/// Facts grouped so the nearest can be found without scanning everything: same section, same
/// note, then other notes, each tier bounded.
struct NearbyTiers<Fact: Placed> {
  private let bySection: [String: [Fact]]
  private let byDocument: [Int: [Fact]]
  private let documents: [Int]

  init(_ facts: [Fact]) {
    bySection = Dictionary(grouping: facts) { Self.sectionKey($0.place) }
    byDocument = Dictionary(grouping: facts) { $0.place.document }
    documents = byDocument.keys.sorted()
  }

  /// The section a fact's siblings share: the note and the heading path above its own heading.
  static func sectionKey(_ place: FactPlace) -> String {
    "\(place.document)|" + place.headingPath.dropLast().joined(separator: "/")
  }

  /// Same section, same note, other notes (each at most `limit` facts).
  func tiers(near place: FactPlace, limit: Int = DistractorPicker.tierScanLimit * 4) -> [[Fact]] {
    var others: [Fact] = []
    for document in documents where document != place.document && others.count < limit {
      others += (byDocument[document] ?? []).prefix(limit - others.count)
    }
    return [
      Array((bySection[Self.sectionKey(place)] ?? []).prefix(limit)),
      Array((byDocument[place.document] ?? []).prefix(limit)), others,
    ]
  }
}
