import Foundation
import StudyCore

/// A progress report with fixed numbers for the Stats screen tests: 90 days of activity in a
/// weekly rhythm, a falling due forecast, Korean topic names, three exams and two checklists.
enum StatsFixtures {
  static var report: ProgressReport {
    let activity = (0..<90).map { index -> ReportDay in
      let answers = index < 30 ? 0 : index % 7 == 3 ? 0 : (index * 37) % 90 + 10
      return ReportDay(
        day: dayName(index - 89), answers: answers, correct: answers * 4 / 5,
        timeSpentMs: answers * 6000)
    }
    let forecast = (0..<30).map { index in
      ForecastDay(
        day: dayName(index), due: index == 0 ? 120 : max(0, 60 - index * 2 + (index % 3) * 9))
    }
    let buckets = IntervalRetention.buckets.enumerated().map { index, bucket in
      IntervalRetention(
        label: bucket.label, minDays: bucket.min, maxDays: bucket.max,
        recall: RecallRate(reviews: index == 7 ? 0 : 200 - index * 20, recalled: 180 - index * 22),
        predicted: index == 7 ? nil : 0.95 - Double(index) * 0.03)
    }
    let topics = [
      ("Architecting on AWS › 네트워킹 › VPC 엔드포인트", 0.42), ("Week 3 › Route 53 라우팅 정책", 0.55),
      ("Week 3 › CloudFront 캐싱", 0.61), ("클라우드 디자인 패턴 › 캐시 어사이드", 0.7),
      ("Architecting on AWS › 스토리지 › S3 스토리지 클래스", 0.74), ("Week 3 › API Gateway", 0.8),
      ("Week 3 › ECS와 Fargate", 0.83), ("클라우드 디자인 패턴 › 마이크로서비스", 0.9),
    ].map { ReportMastery(name: $0.0, questions: 40, studied: 30, mastery: $0.1) }
    let exams = ExamHistory(attempts: [
      exam(1, "2026-10-20", 12, [("네트워킹", 5, 2), ("스토리지", 5, 4), ("보안", 10, 6)]),
      exam(2, "2026-11-03", 15, [("네트워킹", 5, 3), ("스토리지", 5, 5), ("보안", 10, 7)]),
      exam(3, "2026-11-17", 17, [("네트워킹", 5, 4), ("스토리지", 5, 5), ("보안", 10, 8)]),
    ])
    return ProgressReport(
      generatedAt: "2026-11-23T09:00:00Z", studyDay: "2026-11-23", since: nil,
      summary: ReportSummary(
        daysStudied: 54, currentStreak: 16, longestStreak: 21, reviews: 7128, correct: 6130,
        retention: RecallRate(reviews: 3014, recalled: 2652),
        cards: ReportCardCounts(
          new: 3726, learning: 52, review: 1298, suspended: 3, due: 228, orphans: 0),
        timeSpentMs: 55_080_000),
      notes: [
        ReportMastery(
          name: "architecting-on-aws.md", questions: 1969, studied: 1350, mastery: 0.64),
        ReportMastery(name: "week3-app-services.md", questions: 1369, studied: 0, mastery: 0),
      ],
      topics: topics,
      leeches: [
        ReportLeech(
          questionID: "q1", prompt: "NAT 게이트웨이는 어느 서브넷에 두나요?", topic: "VPC",
          source: "architecting-on-aws.md:120", lapses: 9)
      ],
      checklists: [
        ChecklistCompletion(path: "architecting-on-aws.md", total: 24, checked: 12),
        ChecklistCompletion(path: "week3-app-services.md", total: 19, checked: 19),
      ],
      exams: exams, activity: activity, forecast: forecast, retentionByInterval: buckets)
  }

  private static func exam(
    _ id: Int, _ day: String, _ correct: Int, _ domains: [(String, Int, Int)]
  )
    -> ExamResult
  {
    ExamResult(
      id: id, day: day, questions: 20, answered: 20, correct: correct, timeSpentMs: 900_000,
      domains: domains.map { DomainScore(domain: $0.0, questions: $0.1, correct: $0.2) })
  }

  /// The day `offset` days from 2026-11-23.
  static func dayName(_ offset: Int) -> String {
    let base = 20_780  // 2026-11-23
    let date = Date(timeIntervalSince1970: Double(base + offset) * 86_400)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
  }
}
