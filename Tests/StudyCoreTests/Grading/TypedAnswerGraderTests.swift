import Testing

@testable import StudyCore

@Suite struct TypedAnswerGraderTests {
  let grader = TypedAnswerGrader(otherTerms: ["SNS", "SQS", "EBS", "EFS", "NAT 게이트웨이", "VPC"])

  func verdict(_ given: String, _ keys: [String], aliases: [String] = []) -> TypedVerdict {
    grader.grade(given, keys: keys, aliases: aliases).verdict
  }

  @Test func foldingIgnoresCaseWidthSpacesAndPunctuation() {
    #expect(GradingText.fold("Route 53") == "route53")
    #expect(GradingText.fold("ＲＯＵＴＥ５３") == "route53")
    #expect(GradingText.fold(" 보안 그룹! ") == "보안그룹")
    #expect(GradingText.fold("S3 (Simple-Storage)") == "s3simplestorage")
    #expect(verdict("route-53", ["Route 53"]) == .exact)
    #expect(verdict("ｖｐｃ", ["VPC"]) == .exact)
  }

  @Test func decomposedHangulMatchesComposed() {
    let decomposed = "보안그룹".decomposedStringWithCanonicalMapping
    #expect(verdict(decomposed, ["보안그룹"]) == .exact)
  }

  @Test func anyAliasIsAccepted() {
    let grade = grader.grade(
      "Elastic Load Balancing", keys: ["ELB"], aliases: ["Elastic Load Balancing"])
    #expect(grade.verdict == .exact)
    #expect(grade.closest == "Elastic Load Balancing")
  }

  @Test func particlesAfterAKeyAreAccepted() {
    for particle in TypedAnswerGrader.particles {
      #expect(verdict("VPC" + particle, ["VPC"]) == .withParticle, "VPC\(particle)")
    }
    #expect(verdict("보안 그룹으로", ["보안그룹"]) == .withParticle)
  }

  @Test func aWordEndingLikeAParticleStaysWhole() {
    #expect(verdict("게이트웨이", ["게이트웨이"]) == .exact)
    #expect(verdict("인터넷 게이트웨이", ["인터넷 게이트웨이"]) == .exact)
    // 게이트웨 + 이 is not a match for 게이트웨이가: the particle is 가 after the whole word.
    #expect(verdict("게이트웨이가", ["게이트웨이"]) == .withParticle)
    // Two particles are not one particle.
    #expect(verdict("VPC를를", ["VPC"]) != .withParticle)
  }

  @Test func aSmallTypoOverJamoIsTolerated() {
    // 그룹 → 그릅: one vowel, one jamo edit.
    #expect(verdict("보안그릅", ["보안그룹"]) == .tolerated)
    #expect(verdict("Cloudfrnt", ["CloudFront"]) == .tolerated)
    #expect(grader.grade("보안그릅", keys: ["보안그룹"]).distance == 1)
  }

  @Test func typoPlusParticleIsTolerated() {
    #expect(verdict("보안그릅을", ["보안그룹"]) == .tolerated)
  }

  @Test func shortAnswersTolerateNoTypo() {
    #expect(verdict("IAN", ["IAM"]) == .nearMiss)
    #expect(verdict("XYZ", ["IAM"]) == .wrong)
  }

  @Test func aTypoLandingOnAnotherTermIsWrong() {
    #expect(verdict("SNS", ["SQS"]) == .wrong)
    #expect(verdict("EBS", ["EFS"]) == .wrong)
    #expect(verdict("SQS", ["SQS"]) == .exact)
    #expect(verdict("EBS를", ["EFS"]) == .wrong)
  }

  @Test func typosOnDigitsAreNeverTolerated() {
    #expect(verdict("Route 54", ["Route 53"]) == .wrong)
    #expect(verdict("Raute 53", ["Route 53"]) == .tolerated)
    #expect(verdict("3000", ["30000"]) == .wrong)
  }

  @Test func borderlineIsANearMiss() {
    // Two jamo edits on a 10-jamo answer: tolerance 1, so one beyond is a near miss.
    #expect(verdict("보앙그릅", ["보안그룹"]) == .nearMiss)
    #expect(verdict("보앙그릅", ["보안그룹"]).isAccepted == false)
  }

  @Test func farAnswersAndEmptyAnswersAreWrong() {
    #expect(verdict("서브넷", ["보안그룹"]) == .wrong)
    #expect(verdict("", ["보안그룹"]) == .wrong)
    #expect(verdict("  ...  ", ["보안그룹"]) == .wrong)
  }

  @Test func toleranceGrowsWithLength() {
    #expect(TypedAnswerGrader.tolerance(units: 4) == 0)
    #expect(TypedAnswerGrader.tolerance(units: 5) == 1)
    #expect(TypedAnswerGrader.tolerance(units: 12) == 2)
  }

  @Test func editDistanceCountsInsertionsDeletionsSubstitutions() {
    #expect(EditDistance.between(Array("kitten"), Array("sitting")) == 3)
    #expect(EditDistance.between(Array(""), Array("abc")) == 3)
    #expect(EditDistance.between(Array("abc"), Array("abc")) == 0)
  }
}
