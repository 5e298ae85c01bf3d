import Foundation

/// Reverse-mode derivatives of the training model, written out by hand: each function takes
/// the gradient of the loss with respect to a step's outputs and adds the parameters' share to
/// `g` (21 slots), returning the gradient with respect to the step's inputs. Clamps pass the
/// gradient on their boundaries and stop it outside, as the reference's do.
extension TrainingModel {
  /// Through the forgetting curve `R = (1 + t/s·factor)^decay`: adds dL/dw20 and returns dL/ds.
  @inline(__always)
  func curveBackward(
    t: Double, s: Double, base: Double, r: Double, gR: Double,
    _ g: UnsafeMutableBufferPointer<Double>
  ) -> Double {
    if gR == 0 { return 0 }
    let dBaseDS = -t * factor / (s * s)
    let gS = gR * r * decay / base * dBaseDS
    let dBaseDDecay = t / s * factorSlope
    let dRDDecay = r * (log(base) + decay / base * dBaseDDecay)
    g[20] -= gR * dRDDecay
    return gS
  }

  /// Through one step: `gS`, `gD` are dL/d(output state), `gRExtra` is dL/dR at this step from
  /// the loss on this review. Returns dL/d(input state).
  @inline(__always)
  func stepBackward(
    _ c: StepCache, gS outS: Double, gD outD: Double, gRExtra: Double,
    _ g: UnsafeMutableBufferPointer<Double>
  ) -> (s: Double, d: Double) {
    let gPreS = outS * Self.passes(c.preClampS, Self.minimumStability, Self.maximumStability)
    var gLastS = 0.0
    var gLastD = 0.0
    var gR = gRExtra
    switch c.branch {
    case .initial:
      initialBackward(c.rating, gS: gPreS, gD: outD, g)
    case .sameDay:
      gLastS += sameDayBackward(c, gPreS, g)
      gLastD += difficultyBackward(c, outD, g)
    case .lapse:
      let (s, d, r) = lapseBackward(c, gPreS, g)
      gLastS += s
      gLastD += d + difficultyBackward(c, outD, g)
      gR += r
    case .recall:
      let (s, d, r) = recallBackward(c, gPreS, g)
      gLastS += s
      gLastD += d + difficultyBackward(c, outD, g)
      gR += r
    }
    if c.branch != .initial {
      gLastS += curveBackward(t: c.delta, s: c.lastS, base: c.base, r: c.r, gR: gR, g)
    }
    return (
      gLastS * Self.passes(c.stateS, Self.minimumStability, Self.maximumStability),
      gLastD * Self.passes(c.stateD, Self.minimumDifficulty, Self.maximumDifficulty)
    )
  }

  @inline(__always)
  private func initialBackward(
    _ rating: Int, gS: Double, gD: Double, _ g: UnsafeMutableBufferPointer<Double>
  ) {
    let index = min(max(rating, 1), 4)
    g[index - 1] += gS
    let rawD = initialDifficulty(index)
    let gRawD = gD * Self.passes(rawD, Self.minimumDifficulty, Self.maximumDifficulty)
    if gRawD != 0 {
      let offset = Double(index - 1)
      g[4] += gRawD
      g[5] += gRawD * -offset * exp(offset * w[5])
    }
  }

  @inline(__always)
  private func recallBackward(
    _ c: StepCache, _ gOut: Double, _ g: UnsafeMutableBufferPointer<Double>
  )
    -> (Double, Double, Double)
  {
    if gOut == 0 { return (0, 0, 0) }
    let (s, d, r) = (c.lastS, c.lastD, c.r)
    let b = 11 - d
    let cS = pow(s, -w[9])
    let expE = exp((1 - r) * w[10])
    let e = expE - 1
    let hard = c.rating == 2 ? w[15] : 1
    let easy = c.rating == 4 ? w[16] : 1
    let increase = expW8 * b * cS * e * hard * easy
    let gIncrease = gOut * s
    let gS = gOut * (increase + 1) + gIncrease * increase * (-w[9] / s)
    let gD = -(gIncrease * expW8 * cS * e * hard * easy)
    let gR = gIncrease * expW8 * b * cS * hard * easy * (-w[10] * expE)
    g[8] += gIncrease * increase
    g[9] += gIncrease * increase * -log(s)
    g[10] += gIncrease * expW8 * b * cS * hard * easy * ((1 - r) * expE)
    if c.rating == 2 { g[15] += gIncrease * expW8 * b * cS * e * easy }
    if c.rating == 4 { g[16] += gIncrease * expW8 * b * cS * e * hard }
    return (gS, gD, gR)
  }

  @inline(__always)
  private func lapseBackward(
    _ c: StepCache, _ gOut: Double, _ g: UnsafeMutableBufferPointer<Double>
  )
    -> (Double, Double, Double)
  {
    if gOut == 0 { return (0, 0, 0) }
    let (s, d, r) = (c.lastS, c.lastD, c.r)
    if c.failureUsedFloor {
      let floor = c.failureFloor
      g[17] += gOut * floor * -w[18]
      g[18] += gOut * floor * -w[17]
      return (gOut * floor / s, 0, 0)
    }
    let raw = c.failureRaw
    let base = s + 1
    let p = pow(base, w[13])
    let dPow = pow(d, -w[12])
    let er = exp((1 - r) * w[14])
    g[11] += gOut * raw / w[11]
    g[12] += gOut * raw * -log(d)
    g[13] += gOut * w[11] * dPow * er * p * log(base)
    g[14] += gOut * raw * (1 - r)
    let gS = gOut * w[11] * dPow * er * w[13] * p / base
    let gD = gOut * raw * (-w[12] / d)
    let gR = gOut * raw * -w[14]
    return (gS, gD, gR)
  }

  @inline(__always)
  private func sameDayBackward(
    _ c: StepCache, _ gOut: Double, _ g: UnsafeMutableBufferPointer<Double>
  )
    -> Double
  {
    if gOut == 0 { return 0 }
    let s = c.lastS
    var gS = gOut * c.shortValue
    if c.shortRawActive {
      let gRaw = gOut * s
      let raw = c.shortRaw
      g[17] += gRaw * raw * (Double(c.rating) - 3 + w[18])
      g[18] += gRaw * raw * w[17]
      g[19] += gRaw * raw * -log(s)
      gS += gRaw * raw * (-w[19] / s)
    }
    return gS
  }

  @inline(__always)
  private func difficultyBackward(
    _ c: StepCache, _ gOut: Double, _ g: UnsafeMutableBufferPointer<Double>
  ) -> Double {
    if gOut == 0 { return 0 }
    let gMean = gOut * Self.passes(c.meanD, Self.minimumDifficulty, Self.maximumDifficulty)
    if gMean == 0 { return 0 }
    let ratingOffset = Double(c.rating) - 3
    let d = c.lastD
    let deltaD = -w[6] * ratingOffset
    let nextD = d + (10 - d) * deltaD / 9
    g[7] += gMean * (easyDifficulty - nextD)
    g[4] += gMean * w[7]
    g[5] += gMean * w[7] * -3 * exp3w5
    let gNext = gMean * (1 - w[7])
    g[6] += gNext * (10 - d) * -ratingOffset / 9
    return gNext * (1 - deltaD / 9)
  }
}
