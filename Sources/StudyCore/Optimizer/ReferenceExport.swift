/// The input of `scripts/fsrs/reference_optimizer.py`: the same histories, training items and
/// held-out items NoteDrill's optimizer uses, so the reference fits exactly the same data.
public enum ReferenceExport {
  /// The JSON text for a training and a held-out set of histories, plus extra weight sets to
  /// score. Histories are numbered training first, then held out.
  public static func json(
    train: TrainingItems, test: TrainingItems, extraWeights: [(String, FSRSWeights)] = []
  ) -> String {
    var out = "{\"histories\":["
    let all = train.histories + test.histories
    for (index, history) in all.enumerated() {
      if index > 0 { out += "," }
      out += "{\"d\":[" + history.deltaDays.map(String.init).joined(separator: ",")
      out += "],\"r\":[" + history.ratings.map(String.init).joined(separator: ",") + "]}"
    }
    out += "],\"train\":" + pairs(train.items, offset: 0)
    out += ",\"test\":" + pairs(test.items, offset: train.histories.count)
    out += ",\"weights\":{"
    out += extraWeights.map { name, weights in
      "\"\(name)\":[" + weights.values.map { "\($0)" }.joined(separator: ",") + "]"
    }.joined(separator: ",")
    return out + "}}"
  }

  private static func pairs(_ items: [TrainingItem], offset: Int) -> String {
    "[" + items.map { "[\($0.history + offset),\($0.end)]" }.joined(separator: ",") + "]"
  }
}
