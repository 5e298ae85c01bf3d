/// The eight basic terminal colours plus the terminal's own default.
public enum Color: UInt8, Sendable, CaseIterable {
  /// The terminal's default foreground or background.
  case `default`
  /// ANSI black.
  case black
  /// ANSI red.
  case red
  /// ANSI green.
  case green
  /// ANSI yellow.
  case yellow
  /// ANSI blue.
  case blue
  /// ANSI magenta.
  case magenta
  /// ANSI cyan.
  case cyan
  /// ANSI white.
  case white
}

/// Text attributes that work on monochrome terminals too.
public struct TextAttributes: OptionSet, Hashable, Sendable {
  /// The raw bits.
  public let rawValue: UInt8

  /// Creates attributes from raw bits.
  public init(rawValue: UInt8) {
    self.rawValue = rawValue
  }

  /// Bold (often also brighter).
  public static let bold = TextAttributes(rawValue: 1 << 0)
  /// Dim (half bright).
  public static let dim = TextAttributes(rawValue: 1 << 1)
  /// Foreground and background swapped; the monochrome way to highlight.
  public static let reverse = TextAttributes(rawValue: 1 << 2)
  /// Underlined.
  public static let underline = TextAttributes(rawValue: 1 << 3)
}

/// How a cell is drawn: colours from the small palette and attributes.
///
/// Colours are a hint: a monochrome terminal or `NO_COLOR` drops them and keeps the
/// attributes, so anything that must stand out should also use an attribute.
public struct Style: Hashable, Sendable {
  /// Foreground colour.
  public var foreground: Color
  /// Background colour.
  public var background: Color
  /// Bold, dim, reverse, underline.
  public var attributes: TextAttributes

  /// Creates a style.
  public init(
    foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// Default colours, no attributes.
  public static let plain = Style()
  /// Bold text.
  public static let bold = Style(attributes: .bold)
  /// Dim text.
  public static let dim = Style(attributes: .dim)
  /// Reverse video (selection, title bars).
  public static let reverse = Style(attributes: .reverse)
  /// Underlined text.
  public static let underline = Style(attributes: .underline)

  /// This style with `attributes` added.
  public func adding(_ attributes: TextAttributes) -> Style {
    var style = self
    style.attributes.formUnion(attributes)
    return style
  }

  /// This style with the foreground colour `color`.
  public func foreground(_ color: Color) -> Style {
    var style = self
    style.foreground = color
    return style
  }

  /// This style with the background colour `color`.
  public func background(_ color: Color) -> Style {
    var style = self
    style.background = color
    return style
  }
}
