import Foundation

/// The concept links, built on a background thread from launch so the first question never
/// waits for the graph: the first answer screen that needs it waits only for what is left of
/// the build (nothing, unless it comes within the build's time of launch).
public final class ConceptLinksLoader: @unchecked Sendable {
  // Unchecked: `built` is only read or written while `condition` is locked.
  private let condition = NSCondition()
  private var built: ConceptLinks?

  /// Starts `build` on its own thread (with a large stack: note trees can nest deeply), at a
  /// lower priority so that on a busy machine it does not slow the launch it runs beside.
  public init(building build: @escaping @Sendable () -> ConceptLinks) {
    let thread = Thread { [self] in
      Self.lowerPriority()
      finish(build())
    }
    thread.stackSize = 16 << 20
    thread.name = "NoteDrill concept graph"
    thread.start()
  }

  /// Links that are ready now.
  public init(ready links: ConceptLinks) {
    built = links
  }

  /// Whether the build is done.
  public var isReady: Bool {
    condition.lock()
    defer { condition.unlock() }
    return built != nil
  }

  /// The links, waiting for the build when it is not done yet.
  public var links: ConceptLinks {
    condition.lock()
    defer { condition.unlock() }
    while built == nil { condition.wait() }
    return built ?? ConceptLinks()
  }

  /// A positive nice value for the calling thread only: Linux keeps nice values per thread,
  /// and `who` 0 names the caller (see setpriority(2), "BUGS").
  private static func lowerPriority() {
    #if canImport(Glibc)
      _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
    #endif
  }

  private func finish(_ links: ConceptLinks) {
    condition.lock()
    built = links
    condition.broadcast()
    condition.unlock()
  }
}
