// `make bench` (or `.build/release/notedrill-bench [name...]`): every benchmark, or the named
// ones. Each reports ratios against a baseline measured in the same run.

let requested = Set(CommandLine.arguments.dropFirst())
func wanted(_ name: String) -> Bool { requested.isEmpty || requested.contains(name) }

if wanted("outline") { OutlineBench.run(iterations: 5) }
if requested.contains("outline-notes") { OutlineBench.perNote() }
if wanted("bank") { BankBench.run(iterations: 5) }
if wanted("fsrs") { FSRSBench.run() }
if wanted("store") { StoreBench.run() }
if wanted("app") { AppBench.run() }
if wanted("graph") { GraphBench.run() }
if wanted("report") { ReportBench.run() }
if wanted("weak") { WeakBench.run() }
if wanted("optimizer") { OptimizerBench.run() }
if requested.contains("optimizer-small") { OptimizerBench.run(sizes: [1_000, 10_000]) }
