// `make bench` (or `.build/release/notedrill-bench [name...]`): every benchmark, or the named
// ones. Each reports ratios against a baseline measured in the same run.

import Foundation

let requested = Set(CommandLine.arguments.dropFirst())
/// Runs per paired measure (`BENCH_ITERATIONS=1` for a quick look on a busy machine).
let iterations = Int(ProcessInfo.processInfo.environment["BENCH_ITERATIONS"] ?? "") ?? 5
func wanted(_ name: String) -> Bool { requested.isEmpty || requested.contains(name) }

if wanted("outline") { OutlineBench.run(iterations: iterations) }
if requested.contains("outline-notes") { OutlineBench.perNote() }
if wanted("bank") { BankBench.run(iterations: iterations) }
if wanted("fsrs") { FSRSBench.run() }
if wanted("store") { StoreBench.run() }
if wanted("app") { AppBench.run() }
if wanted("graph") { GraphBench.run(iterations: iterations) }
if wanted("report") { ReportBench.run() }
if wanted("weak") { WeakBench.run() }
if wanted("optimizer") { OptimizerBench.run() }
if requested.contains("optimizer-small") { OptimizerBench.run(sizes: [1_000, 10_000]) }
if wanted("limits") { LimitsBench.run() }
if wanted("launch") { LaunchBench.run() }
if wanted("scaling") { ScalingBench.run() }
