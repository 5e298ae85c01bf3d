import Foundation
import Testing

@Test func binaryPrintsItsVersion() throws {
  let result = try BinaryRunner.run(["--version"])
  #expect(result.status == 0)
  #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
}
