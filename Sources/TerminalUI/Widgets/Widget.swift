/// Something that draws itself into a rectangle of a ``Buffer`` (immediate mode: every frame
/// draws everything again, and the backend repaints only what changed).
public protocol Widget {
  /// Draws into `area` of `buffer`, never outside it.
  func render(into buffer: inout Buffer, area: Rect)
}

extension Buffer {
  /// Draws `widget` into `area`.
  public mutating func render(_ widget: some Widget, in area: Rect) {
    widget.render(into: &self, area: area)
  }
}
