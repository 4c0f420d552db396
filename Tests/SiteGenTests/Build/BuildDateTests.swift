import Foundation
import Testing
@testable import SiteGen

@Suite("--now")
struct BuildDateTests {
    @Test("a date-time is Stockholm local time, a date alone is midnight", arguments: [
        ("2026-11-22T12:00", 1_795_345_200.0), ("2026-11-22", 1_795_302_000.0), ("2026-06-01T12:00:30", 1_780_308_030.0),
    ])
    func parses(text: String, expected: Double) {
        #expect(BuildDate.parse(text)?.timeIntervalSince1970 == expected)
    }

    @Test("nonsense and impossible dates are refused", arguments: ["22/11/2026", "2026-13-01", "2026-02-30", "idag", "2026-11-22T25:00"])
    func refuses(text: String) {
        #expect(BuildDate.parse(text) == nil)
    }
}
