/// The 21 FSRS-6 model parameters `w0` ... `w20`, checked against the model's bounds.
///
/// A value of this type always holds exactly 21 in-bounds numbers. FSRS-5 sets (19 numbers) are
/// upgraded on the way in by appending `w19 = 0.0` and `w20 = 0.5`, which makes FSRS-6 compute
/// exactly what FSRS-5 did.
public struct FSRSWeights: Sendable, Equatable, Hashable {
  /// The 21 parameters, `w0` first.
  public let values: [Double]

  /// The number of FSRS-6 parameters.
  public static let count = 21
  /// The number of FSRS-5 parameters, accepted and upgraded.
  public static let fsrs5Count = 19
  /// What an FSRS-5 set gets appended to become FSRS-6: no same-day stability damping
  /// (`w19 = 0`) and the FSRS-5 forgetting-curve decay (`w20 = 0.5`).
  public static let fsrs5Upgrade: [Double] = [0.0, 0.5]

  /// The FSRS-6 default parameters.
  public static let defaultValues: [Double] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  ]

  /// The smallest value each parameter may take.
  public static let lowerBounds: [Double] = [
    0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
    0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
  ]

  /// The largest value each parameter may take.
  public static let upperBounds: [Double] = [
    100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
    5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
  ]

  /// The FSRS-6 defaults.
  public static let defaults = FSRSWeights(unchecked: defaultValues)

  /// Checks 21 parameters against their bounds, or upgrades and checks 19 FSRS-5 parameters.
  ///
  /// - Throws: ``SchedulerError/wrongParameterCount(_:)`` for any other count, and
  ///   ``SchedulerError/parametersOutOfBounds(_:)`` listing every parameter outside its bounds
  ///   (NaN is outside every bound).
  public init(_ values: [Double]) throws(SchedulerError) {
    let full: [Double]
    switch values.count {
    case Self.count: full = values
    case Self.fsrs5Count: full = values + Self.fsrs5Upgrade
    default: throw .wrongParameterCount(values.count)
    }
    let violations = full.indices.compactMap { index -> ParameterViolation? in
      let (low, high) = (Self.lowerBounds[index], Self.upperBounds[index])
      if low <= full[index] && full[index] <= high { return nil }
      return ParameterViolation(index: index, value: full[index], lowerBound: low, upperBound: high)
    }
    guard violations.isEmpty else { throw .parametersOutOfBounds(violations) }
    self.values = full
  }

  private init(unchecked values: [Double]) {
    self.values = values
  }

  /// Parameter `w<index>`.
  public subscript(index: Int) -> Double { values[index] }
}

extension FSRSWeights: Codable {
  /// Reads a JSON array of 19 or 21 numbers, with the same checks as ``init(_:)``.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let raw = try container.decode([Double].self)
    do {
      try self.init(raw)
    } catch {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
    }
  }

  /// Writes the 21 parameters as a JSON array.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(values)
  }
}
