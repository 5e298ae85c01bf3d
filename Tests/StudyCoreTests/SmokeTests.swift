import Testing
@testable import StudyCore
@Test func builds() { #expect(Bool(true)) }
