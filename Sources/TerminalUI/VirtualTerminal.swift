/// An in-memory terminal for tests: a given size, a scripted queue of keys, and a screen that
/// can be read back as text, so whole screens run with no terminal.
///
/// It paints exactly what the ncurses backend would: only the runs ``Buffer/diff(from:to:)``
/// reports, so a test of the screen text also checks that the diff missed nothing.
public final class VirtualTerminal: TerminalBackend {
  /// The terminal's current size.
  public private(set) var size: Size
  /// What the terminal shows.
  public private(set) var screen: Buffer
  /// Where the cursor is, or `nil` when hidden.
  public private(set) var cursor: Point?
  /// Frames drawn so far.
  public private(set) var frameCount = 0
  /// The runs the last frame repainted.
  public private(set) var lastRuns: [Buffer.Run] = []
  /// Whether ``shutdown()`` was called.
  public private(set) var isShutDown = false

  private var previousFrame: Buffer?
  private var queue: [Key]
  private var queueHead = 0

  /// Creates a terminal of `size` that will deliver `keys` in order.
  public init(size: Size, keys: [Key] = []) {
    self.size = size
    self.screen = Buffer(size: size)
    self.queue = keys
  }

  /// The screen as text (continuation cells omitted, trailing spaces trimmed).
  public var text: String { screen.text }

  /// The screen's rows as text.
  public var lines: [String] { screen.lines }

  /// Cells the last frame repainted (the sum of ``lastRuns``).
  public var lastPaintedCellCount: Int { lastRuns.reduce(0) { $0 + $1.count } }

  /// Keys not yet read.
  public var pendingKeys: [Key] { Array(queue[queueHead...]) }

  /// Appends keys to the input queue.
  public func enqueue(_ keys: [Key]) {
    queue.append(contentsOf: keys)
  }

  /// Appends one ``Key/character(_:)`` per grapheme of `text`, as an IME would deliver it.
  public func type(_ text: String) {
    enqueue(text.map { Key.character($0) })
  }

  /// Changes the size (the screen comes back blank, as after a real resize) and queues the
  /// ``Key/resize(_:)`` event the app will read.
  public func resize(to newSize: Size) {
    size = newSize
    screen = Buffer(size: newSize)
    previousFrame = nil
    enqueue([.resize(newSize)])
  }

  /// Queues a termination signal, as the ncurses backend reports one.
  public func interrupt(_ signal: TerminationSignal = .interrupt) {
    enqueue([.interrupted(signal)])
  }

  /// Paints the cells of `frame` that changed since the last frame.
  ///
  /// A frame of another size than the terminal's (drawn before the app saw a resize) is
  /// clipped to the screen, as a real terminal clips it.
  public func draw(_ frame: Buffer, cursor: Point?) {
    frameCount += 1
    self.cursor = cursor.flatMap { screen.area.contains($0) ? $0 : nil }
    guard frame.size == size else {
      lastRuns = Buffer.diff(from: nil, to: frame)
      screen.copyClipped(from: frame)
      previousFrame = nil
      return
    }
    lastRuns = Buffer.diff(from: previousFrame, to: frame)
    for run in lastRuns {
      screen.copy(run, from: frame)
    }
    previousFrame = frame
  }

  /// The next queued key, or `nil` at once when the queue is empty (tests never wait).
  public func readKey(timeout: Duration?) -> Key? {
    guard queueHead < queue.count else { return nil }
    defer { queueHead += 1 }
    return queue[queueHead]
  }

  /// Marks the terminal as restored.
  public func shutdown() {
    isShutDown = true
  }
}

extension Buffer {
  /// Copies the cells of `run` from a same-sized `frame` (runs start on whole graphemes).
  mutating func copy(_ run: Run, from frame: Buffer) {
    let start = run.y * size.width + run.x
    for index in start..<start + run.count {
      cells[index] = frame.cells[index]
    }
  }

  /// Redraws the overlap of a differently sized `frame`, re-clipping wide graphemes.
  mutating func copyClipped(from frame: Buffer) {
    clear()
    for y in 0..<min(size.height, frame.size.height) {
      for x in 0..<frame.size.width where !frame[x, y].isContinuation {
        let cell = frame[x, y]
        put(cell.character, at: Point(x: x, y: y), style: cell.style)
      }
    }
  }
}
