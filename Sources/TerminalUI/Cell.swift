/// One cell of the grid: a grapheme and its style.
///
/// A wide grapheme occupies two cells: the leading cell holds it (``width`` 2) and the next
/// cell is a continuation (``width`` 0) that draws nothing of its own.
public struct Cell: Equatable, Sendable {
  /// The grapheme drawn here (a space when blank or a continuation).
  public var character: Character
  /// How it is drawn.
  public var style: Style
  /// 1 for an ordinary cell, 2 for the first half of a wide grapheme, 0 for its second half.
  public var width: UInt8

  /// Creates a cell. Prefer ``Buffer/put(_:at:style:clip:)``, which keeps wide pairs whole.
  public init(character: Character, style: Style = .plain, width: UInt8 = 1) {
    self.character = character
    self.style = style
    self.width = width
  }

  /// A blank cell with the default style.
  public static let blank = Cell(character: " ")

  /// A blank cell with `style` (so a background colour still shows).
  public static func blank(_ style: Style) -> Cell {
    Cell(character: " ", style: style)
  }

  /// The second half of a wide grapheme drawn with `style`.
  static func continuation(_ style: Style) -> Cell {
    Cell(character: " ", style: style, width: 0)
  }

  /// Whether this is the second half of a wide grapheme.
  public var isContinuation: Bool { width == 0 }
}
