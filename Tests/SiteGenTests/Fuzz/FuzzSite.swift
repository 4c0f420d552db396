import Foundation
import Testing
@testable import SiteGen

/// The catalogue's small valid site in a temporary folder, with one file rewritten for each
/// fuzz input and the content loaded, validated and computed the way a build does it —
/// calendar expansion and the `.ics` files included — but not rendered.
struct FuzzSite {
    let site: CatalogueSite
    /// The longest one input may take.
    static let limit = Duration.seconds(1)

    init() throws { site = try CatalogueSite() }

    /// Writes `text` as `path`, builds, and records an issue for anything a user would not
    /// accept: a problem without a line or a hint, or an input that took longer than
    /// ``limit``. A crash ends the test run, which fails it too. Returns the problems.
    @discardableResult
    func check(_ path: String, _ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [Diagnostic] {
        try Data(text.utf8).write(to: site.root.appending(path: path))
        let clock = ContinuousClock()
        let start = clock.now
        var problems: [Diagnostic] = []
        do {
            let content = try SiteBuilder.loadContent(site.root, currentYear: 2026)
            let index = SiteIndex(content)
            _ = CalendarSchedule(index.content.events, now: TestSite.now)
            _ = CalendarFiles.files(index.content)
        } catch {
            problems = error.diagnostics
        }
        let took = clock.now - start
        #expect(took < Self.limit, "took \(took):\n\(text)", sourceLocation: sourceLocation)
        for problem in problems {
            let wholeFile = DiagnosticCatalogue.wholeFileOrigins.contains(problem.origin.file)
            #expect(problem.location.line > 0 || wholeFile, "no line: \(problem) (made at \(problem.origin))\n--- input ---\n\(text)",
                    sourceLocation: sourceLocation)
            #expect(!problem.hint.isEmpty, "no hint: \(problem) (made at \(problem.origin))\n--- input ---\n\(text)",
                    sourceLocation: sourceLocation)
        }
        return problems
    }

    func remove() { site.remove() }
}
