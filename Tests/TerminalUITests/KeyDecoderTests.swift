import Testing

@testable import TerminalUI

/// Codes are ncurses' own numbers (octal, from curses.h), so these tests also check that the
/// decoder uses the real constants.
@Suite struct KeyDecoderTests {
  let functionKey: Int32 = 0o400
  let noSize = { Size(width: 0, height: 0) }

  @Test func statusesAreNcursesOnes() {
    #expect(KeyDecoder.functionKeyStatus == 0o400)
    #expect(KeyDecoder.characterStatus == 0)
  }

  @Test func functionKeys() {
    let expected: [(UInt32, Key)] = [
      (0o402, .down), (0o403, .up), (0o404, .left), (0o405, .right), (0o406, .home),
      (0o550, .end), (0o523, .pageUp), (0o522, .pageDown), (0o527, .enter), (0o407, .backspace),
      (0o512, .delete), (0o541, .backTab), (0o411, .unknown(0o411)),
    ]
    for (code, key) in expected {
      #expect(KeyDecoder.decode(status: functionKey, code: code, size: noSize) == key, "\(code)")
    }
  }

  @Test func resizeCarriesTheNewSizeAndOnlyResizeAsksForIt() {
    var asked = 0
    let size = { () -> Size in
      asked += 1
      return Size(width: 100, height: 30)
    }
    #expect(
      KeyDecoder.decode(status: functionKey, code: 0o632, size: size)
        == .resize(Size(width: 100, height: 30)))
    #expect(KeyDecoder.decode(status: functionKey, code: 0o403, size: size) == .up)
    #expect(KeyDecoder.decode(status: 0, code: 0x71, size: size) == .character("q"))
    #expect(asked == 1)
  }

  @Test func errorMeansNoKey() {
    #expect(KeyDecoder.decode(status: -1, code: 0, size: noSize) == nil)
  }

  @Test func controlCharacters() {
    let expected: [(UInt32, Key)] = [
      (0x0D, .enter), (0x0A, .enter), (0x09, .tab), (0x1B, .escape), (0x7F, .backspace),
      (0x08, .backspace), (0x03, .ctrl("c")), (0x01, .ctrl("a")), (0x1A, .ctrl("z")),
      (0x15, .ctrl("u")), (0x00, .ctrl("@")), (0x1C, .ctrl("\\")), (0x1F, .ctrl("_")),
    ]
    for (code, key) in expected {
      #expect(KeyDecoder.decode(status: 0, code: code, size: noSize) == key, "\(code)")
    }
  }

  @Test func wideCharacters() {
    #expect(KeyDecoder.decode(status: 0, code: 0x71, size: noSize) == .character("q"))
    #expect(KeyDecoder.decode(status: 0, code: 0xD55C, size: noSize) == .character("한"))
    #expect(KeyDecoder.decode(status: 0, code: 0x3131, size: noSize) == .character("ㄱ"))
    #expect(KeyDecoder.decode(status: 0, code: 0x1F44D, size: noSize) == .character("👍"))
    #expect(KeyDecoder.decode(status: 0, code: 0x20, size: noSize) == .character(" "))
  }

  @Test func invalidCodesAreUnknown() {
    #expect(KeyDecoder.decode(status: 0, code: 0x85, size: noSize) == .unknown(0x85))
    #expect(KeyDecoder.decode(status: 0, code: 0xD800, size: noSize) == .unknown(0xD800))
    #expect(KeyDecoder.decode(status: 0, code: 0x110000, size: noSize) == .unknown(0x110000))
  }

  @Test func localeCodesetNames() {
    for name in ["UTF-8", "utf8", "UTF8", "utf-8"] { #expect(LocaleSetup.isUTF8(codeset: name)) }
    for name in ["ANSI_X3.4-1968", "EUC-KR", ""] { #expect(!LocaleSetup.isUTF8(codeset: name)) }
  }

  @Test func waitSlicesRoundUpToWholeMilliseconds() {
    #expect(NcursesBackend.milliseconds(.milliseconds(100)) == 100)
    #expect(NcursesBackend.milliseconds(.microseconds(1)) == 1)
    #expect(NcursesBackend.milliseconds(.zero) == 0)
    #expect(NcursesBackend.milliseconds(.seconds(-1)) == 0)
  }

  @Test func signalExitStatuses() {
    #expect(TerminationSignal.interrupt.exitStatus == 130)
    #expect(TerminationSignal.terminate.exitStatus == 143)
    #expect(TerminationSignal.hangup.exitStatus == 129)
  }
}
