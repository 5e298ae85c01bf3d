/// Expected Stats screens (see ``StatsScreenTests``), from ``StatsFixtures/report``.
enum StatsScreenGoldens {
  static let screens: [String: String] = [
    "80x24": """
     NoteDrill · Stats                                                   2026-11-23
     54 days studied · streak 16 (best 21) · 7,128 answers, 86% right
     True retention 88% of 3,014 · time 15 h 18 min · due today 228
     Cards ██████████████████▓░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░
     █ review 1,298  ▓ learning 52  ░ new 3,726  × suspended 3

     Activity, last 90 days  2,793 answers   Due, next 30 days  1,260 reviews
     Mon   · · · · ▓ ▓ ▒ ▒ ░ █ █ █ ▓         █
           · · · · █ █ █ ▓ ▓ ▒ ▒ ░           █▆▇▃▅▆▂▃▅▁▂▄ ▁▂  ▁
     Wed · · · · · ▒ ▒ ░ ░ █ █ ▓ ▓           ███████████████▆██▅▇█▄▅▇▃▄▆▂▃▄
         · · · · · █ ▓ ▓ ▒ ▒ ▒ ░ █           today 120 · peak 120 · 30 days →
     Fri · · · · ▒ ▒ ░ █ █ █ ▓ ▓ ▒
         · · · · · · · · · · · · ·           Retention by interval
     Sun · · · · ░ ░ █ █ ▓ ▓ ▒ ▒ ▒           <1d    ████████████░  90% of 200
                                             1d     ███████████░░  88% of 180
     Weakest topics  weakest first           2-3d   ███████████░░  85% of 160
     …워킹 › VPC 엔드포인트 ████░░░░░  42%   4-7d   ███████████░░  81% of 140
     … Route 53 라우팅 정책 █████░░░░  55%   8-14d  ██████████░░░  77% of 120
     …k 3 › CloudFront 캐싱 █████░░░░  61%   15-30d █████████░░░░  70% of 100
     … 패턴 › 캐시 어사이드 ██████░░░  70%   31-90d ████████░░░░░  60% of 80
     … 4 more
                                             Notes  weakest first
                                             architecting-on-aws.md ██████░░░  64%
    j/k scroll  q back
    """,
    "120x40": """
     NoteDrill · Stats                                                                                           2026-11-23
     54 days studied · streak 16 (best 21) · 7,128 answers, 86% right
     True retention 88% of 3,014 · time 15 h 18 min · due today 228
     Cards █████████████████████████████▓░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░
     █ review 1,298  ▓ learning 52  ░ new 3,726  × suspended 3

     Activity, last 90 days  2,793 answers                       Due, next 30 days  1,260 reviews
     Mon   · · · · ▓ ▓ ▒ ▒ ░ █ █ █ ▓                             █
           · · · · █ █ █ ▓ ▓ ▒ ▒ ░                               █ ▁
     Wed · · · · · ▒ ▒ ░ ░ █ █ ▓ ▓                               █▇█▂▅▇ ▃▅ ▁▃  ▁
         · · · · · █ ▓ ▓ ▒ ▒ ▒ ░ █                               █████████▆██▄▇█▂▅▇ ▃▅ ▁▃  ▁
     Fri · · · · ▒ ▒ ░ █ █ █ ▓ ▓ ▒                               █████████████████████▆██▄▇█▂▅▇
         · · · · · · · · · · · · ·                               today 120 · peak 120 · 30 days →
     Sun · · · · ░ ░ █ █ ▓ ▓ ▒ ▒ ▒
                                                                 Retention by interval
     Weakest topics  weakest first                               <1d    ███████████████████████████░░░  90% of 200
     …g on AWS › 네트워킹 › VPC 엔드포인트 ██████░░░░░░░░  42%   1d     ██████████████████████████░░░░  88% of 180
     Week 3 › Route 53 라우팅 정책         ████████░░░░░░  55%   2-3d   ██████████████████████████░░░░  85% of 160
     Week 3 › CloudFront 캐싱              █████████░░░░░  61%   4-7d   ████████████████████████░░░░░░  81% of 140
     클라우드 디자인 패턴 › 캐시 어사이드  ██████████░░░░  70%   8-14d  ███████████████████████░░░░░░░  77% of 120
     … AWS › 스토리지 › S3 스토리지 클래스 ██████████░░░░  74%   15-30d █████████████████████░░░░░░░░░  70% of 100
     Week 3 › API Gateway                  ███████████░░░  80%   31-90d ██████████████████░░░░░░░░░░░░  60% of 80
     Week 3 › ECS와 Fargate                ████████████░░  83%
     클라우드 디자인 패턴 › 마이크로서비스 █████████████░  90%   Notes  weakest first
                                                                 architecting-on-aws.md                █████████░░░░░  64%
                                                                 week3-app-services.md                 ░░░░░░░░░░░░░░   0%

     Mock exams 3 · last 85% · trend +12.5 pts/exam  ▅▆▇
       weakest domain: 네트워킹 60%
     Checklists 31 of 43 done
       architecting-on-aws.md                 ██████████░░░░░░░░░░  50% 12/24
       week3-app-services.md                  ████████████████████ 100% 19/19
     Leeches 1 question forgotten 8 times or more
       9× NAT 게이트웨이는 어느 서브넷에 두나요?





    q back
    """,
  ]
}
