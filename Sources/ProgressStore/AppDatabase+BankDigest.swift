import GRDB
import StudyCore

extension AppDatabase {
  /// The digest reconcile keeps of a bank (its questions' ids and fingerprints, in order), so
  /// that a bank read from a cache can be told to be the one last reconciled without reading
  /// its questions again.
  public static func bankDigest(of questions: [Question]) -> String {
    let fingerprints = QuestionFingerprint.of(all: questions)
    return String(
      QuestionFingerprint.ofBank(zip(questions.map(\.id), fingerprints).map { ($0, $1) }))
  }

  /// The summary reconcile would give if the bank with `digest` is the one last reconciled
  /// (nothing to read back or write), else `nil`: then call ``reconcile(with:at:)``.
  public func unchangedReconcile(bankDigest digest: String) throws(StoreError)
    -> ReconcileSummary?
  {
    try read { db in
      let last = try StoreMetaRecord.fetchOne(db, key: StoreMetaRecord.bankFingerprint)
      let parts = last?.value.split(separator: "/") ?? []
      guard parts.count == 2, parts[0] == digest, let count = Int(parts[1]) else { return nil }
      return ReconcileSummary(unchanged: count)
    }
  }
}
