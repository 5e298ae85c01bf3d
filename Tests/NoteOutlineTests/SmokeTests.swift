import Testing
@testable import NoteOutline
@Test func builds() { #expect(Bool(true)) }
