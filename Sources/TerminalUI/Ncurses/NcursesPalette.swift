import CNcursesw

/// Turns a ``Style`` into ncurses attributes and a colour pair, allocating pairs on first use.
///
/// With colours off (monochrome terminal, `NO_COLOR`, or asked) only the attributes are kept.
struct NcursesPalette {
  /// Whether colours are drawn.
  let colorsEnabled: Bool
  /// Whether the terminal's own default colours can be used (`use_default_colors`).
  private let defaultColors: Bool
  /// The number of pairs ncurses offers (pair 0 is fixed to the defaults).
  private let pairLimit: Int
  /// Pairs allocated so far, by foreground and background.
  private var pairs: [UInt16: Int16] = [:]
  /// Resolved styles, so a frame does not recompute them cell by cell.
  private var renditions: [Style: (attr_t, Int16)] = [:]

  /// Starts ncurses colour support when `wanted` and the terminal has colours.
  init(wanted: Bool) {
    guard wanted && has_colors() && start_color() != ERR else {
      colorsEnabled = false
      defaultColors = false
      pairLimit = 0
      return
    }
    colorsEnabled = true
    defaultColors = use_default_colors() != ERR
    pairLimit = Int(min(nd_color_pairs(), Int32(Int16.max)))
  }

  /// The attributes and colour pair that draw `style`.
  mutating func rendition(for style: Style) -> (attr_t, Int16) {
    if let known = renditions[style] { return known }
    let attributes = style.attributes
    let word = nd_attributes(
      attributes.contains(.bold) ? 1 : 0, attributes.contains(.dim) ? 1 : 0,
      attributes.contains(.reverse) ? 1 : 0, attributes.contains(.underline) ? 1 : 0)
    let result = (word, pair(foreground: style.foreground, background: style.background))
    renditions[style] = result
    return result
  }

  /// The pair for two palette colours, 0 (the defaults) when colours are off or pairs run out.
  private mutating func pair(foreground: Color, background: Color) -> Int16 {
    guard colorsEnabled, foreground != .default || background != .default else { return 0 }
    let key = UInt16(foreground.rawValue) << 8 | UInt16(background.rawValue)
    if let known = pairs[key] { return known }
    let next = pairs.count + 1
    guard next < pairLimit else { return 0 }
    let number = Int16(next)
    guard
      init_pair(
        number, curses(foreground, isForeground: true),
        curses(background, isForeground: false)) != ERR
    else { return 0 }
    pairs[key] = number
    return number
  }

  /// The ncurses colour number; the terminal default is -1, or white on black without
  /// `use_default_colors`.
  private func curses(_ color: Color, isForeground: Bool) -> Int16 {
    switch color {
    case .default: return defaultColors ? -1 : Int16(isForeground ? COLOR_WHITE : COLOR_BLACK)
    case .black: return Int16(COLOR_BLACK)
    case .red: return Int16(COLOR_RED)
    case .green: return Int16(COLOR_GREEN)
    case .yellow: return Int16(COLOR_YELLOW)
    case .blue: return Int16(COLOR_BLUE)
    case .magenta: return Int16(COLOR_MAGENTA)
    case .cyan: return Int16(COLOR_CYAN)
    case .white: return Int16(COLOR_WHITE)
    }
  }
}
