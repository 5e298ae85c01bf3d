/// Text of a paragraph, list item or cell with inline markup reduced, and the marked phrases.
public struct InlineText: Equatable, Sendable, Codable {
  /// The plain text: bold/italic/code markers dropped, links keep their text, images their
  /// alt text, `<br/>` and hard breaks become a line break, soft breaks a space.
  public var text: String
  /// Phrases that were bold (`**…**`), in order.
  public var strong: [String]
  /// Phrases that were inline code, in order.
  public var code: [String]
  /// Links, with their text and destination.
  public var links: [Link]

  /// Creates inline text.
  public init(text: String, strong: [String] = [], code: [String] = [], links: [Link] = []) {
    self.text = text
    self.strong = strong
    self.code = code
    self.links = links
  }

  /// Empty text.
  public static let empty = InlineText(text: "")
}

/// A link (or an image, with its alt text as `text`).
public struct Link: Equatable, Sendable, Codable {
  /// The visible text (alt text for images).
  public var text: String
  /// Where it points.
  public var destination: String
  /// Whether this was an image.
  public var isImage: Bool

  /// Creates a link.
  public init(text: String, destination: String, isImage: Bool = false) {
    self.text = text
    self.destination = destination
    self.isImage = isImage
  }
}
