import Testing

@testable import ProgressStore

@Suite struct AppDatabaseTests {}
