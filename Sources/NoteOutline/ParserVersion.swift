import CCmarkGFM

/// The version of the Markdown parser the outline is read with: part of the bank cache's key,
/// since another cmark-gfm may read the same bytes differently.
public enum ParserVersion {
  /// cmark-gfm's version string (`0.29.0.gfm.6`).
  public static var cmark: String { String(cString: cmark_version_string()) }
}
