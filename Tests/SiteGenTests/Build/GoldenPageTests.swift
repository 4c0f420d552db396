import Foundation
import Testing
@testable import SiteGen

/// Reviewed output for two pages of the fixture site. When a template changes on purpose,
/// run `SITEGEN_UPDATE_GOLDEN=1 swift test --filter GoldenPageTests`, read the diff, commit.
@Suite("Golden pages")
struct GoldenPageTests {
    @Test("rendered pages match their reviewed golden files", arguments: [
        ("anordnare/lunden/index.html", "provider-lunden.html"),
        ("anordnare/index.html", "provider-list.html"),
    ])
    func golden(page: String, golden: String) async throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        _ = try await site.build()
        let actual = try site.read(page)
        let goldenURL = TestSite.fixtures.appending(path: "mini-golden/\(golden)")
        if ProcessInfo.processInfo.environment["SITEGEN_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: goldenURL, atomically: true, encoding: .utf8)
        }
        #expect(actual == (try String(contentsOf: goldenURL, encoding: .utf8)))
    }
}
