import CNcursesw

/// What the ncurses backend did to get a UTF-8 locale before starting.
public struct LocaleSetup: Equatable, Sendable {
  /// The codeset in effect afterwards (`UTF-8` when all went well).
  public var codeset: String
  /// The locale set for LC_CTYPE when the user's own was not UTF-8, if any.
  public var fallback: String?

  /// Whether wide characters will reach the terminal as UTF-8.
  public var isUTF8: Bool { LocaleSetup.isUTF8(codeset: codeset) }

  /// Whether a `nl_langinfo(CODESET)` name means UTF-8 (`UTF-8`, `utf8`, ...).
  public static func isUTF8(codeset: String) -> Bool {
    let letters = codeset.uppercased().filter { $0 != "-" && $0 != "_" }
    return letters == "UTF8"
  }

  /// Locales tried, in order, when the user's locale is not UTF-8.
  static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"]

  /// Applies the user's locale (`setlocale(LC_ALL, "")`); if its codeset is not UTF-8, sets
  /// LC_CTYPE (the category that decides the codeset) to the first fallback that exists.
  static func configure() -> LocaleSetup {
    _ = setlocale(LC_ALL, "")
    let codeset = currentCodeset()
    if isUTF8(codeset: codeset) { return LocaleSetup(codeset: codeset, fallback: nil) }
    for candidate in fallbacks where setlocale(LC_CTYPE, candidate) != nil {
      let fallbackCodeset = currentCodeset()
      if isUTF8(codeset: fallbackCodeset) {
        return LocaleSetup(codeset: fallbackCodeset, fallback: candidate)
      }
    }
    return LocaleSetup(codeset: codeset, fallback: nil)
  }

  /// `nl_langinfo(CODESET)` as a Swift string.
  private static func currentCodeset() -> String {
    guard let name = nd_codeset() else { return "" }
    return String(cString: name)
  }
}
