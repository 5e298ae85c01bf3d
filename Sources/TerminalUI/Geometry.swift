/// A cell position: column `x` from the left, row `y` from the top, both from 0.
public struct Point: Equatable, Hashable, Sendable {
  /// The column, 0 at the left edge.
  public var x: Int
  /// The row, 0 at the top edge.
  public var y: Int

  /// Creates the position at column `x`, row `y`.
  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }
}

/// A size in cells: `width` columns by `height` rows.
public struct Size: Equatable, Hashable, Sendable, CustomStringConvertible {
  /// Columns.
  public var width: Int
  /// Rows.
  public var height: Int

  /// Creates a size of `width` columns by `height` rows.
  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  /// `WIDTHxHEIGHT`, as terminal sizes are usually written.
  public var description: String { "\(width)x\(height)" }

  /// Whether this size is at least `minimum` in both directions.
  public func contains(_ minimum: Size) -> Bool {
    width >= minimum.width && height >= minimum.height
  }
}

/// A rectangle of cells, the area a widget draws into.
public struct Rect: Equatable, Hashable, Sendable {
  /// The left column.
  public var x: Int
  /// The top row.
  public var y: Int
  /// Columns (never negative).
  public var width: Int
  /// Rows (never negative).
  public var height: Int

  /// Creates a rectangle; negative sizes become 0.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The rectangle at the origin with the given size.
  public init(size: Size) {
    self.init(x: 0, y: 0, width: size.width, height: size.height)
  }

  /// One past the right column.
  public var maxX: Int { x + width }
  /// One past the bottom row.
  public var maxY: Int { y + height }
  /// Whether the rectangle holds no cell.
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// Whether `point` lies inside.
  public func contains(_ point: Point) -> Bool {
    point.x >= x && point.x < maxX && point.y >= y && point.y < maxY
  }

  /// The overlap of two rectangles (empty when they do not meet).
  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    return Rect(
      x: left, y: top, width: min(maxX, other.maxX) - left, height: min(maxY, other.maxY) - top)
  }

  /// The rectangle shrunk by `dx` columns on each side and `dy` rows at top and bottom.
  public func insetBy(dx: Int, dy: Int) -> Rect {
    Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
  }

  /// The top `rows` rows (fewer if the rectangle is shorter).
  public func top(_ rows: Int) -> Rect {
    Rect(x: x, y: y, width: width, height: min(max(0, rows), height))
  }

  /// The bottom `rows` rows (fewer if the rectangle is shorter).
  public func bottom(_ rows: Int) -> Rect {
    let kept = min(max(0, rows), height)
    return Rect(x: x, y: maxY - kept, width: width, height: kept)
  }

  /// What is left after removing `top` rows above and `bottom` rows below.
  public func dropping(top: Int = 0, bottom: Int = 0) -> Rect {
    let removedTop = min(max(0, top), height)
    return Rect(x: x, y: y + removedTop, width: width, height: height - removedTop - max(0, bottom))
  }

  /// A `width`×`height` rectangle centred inside this one (clamped to fit).
  public func centered(width: Int, height: Int) -> Rect {
    let boxWidth = min(max(0, width), self.width)
    let boxHeight = min(max(0, height), self.height)
    return Rect(
      x: x + (self.width - boxWidth) / 2, y: y + (self.height - boxHeight) / 2,
      width: boxWidth, height: boxHeight)
  }
}
