import Testing
@testable import SiteGen

/// Every problem sitegen can find in an editor's input is reported with its place and a
/// hint. The catalogue holds one broken input for each place in sitegen's source that can
/// report a problem; the coverage test reads the source and fails on a place no input reaches.
@Suite("Every diagnostic has a position and a hint")
struct DiagnosticCatalogueTests {
    @Test("each broken input is reported at its place, with a hint", arguments: DiagnosticCatalogue.all)
    func reported(_ example: DiagnosticCase) async throws {
        let diagnostics = try await example.diagnostics()
        try #require(!diagnostics.isEmpty, "\(example.name): the input built without a problem")
        #expect(diagnostics.contains { $0.location.description == example.at && $0.message.contains(example.message) },
                "\(example.name): expected '\(example.message)' at \(example.at), got:\n\(diagnostics.map(\.description).joined(separator: "\n"))")
        for diagnostic in diagnostics {
            #expect(!(diagnostic.hint ?? "").isEmpty, "no hint: \(diagnostic) (made at \(diagnostic.origin))")
            #expect(diagnostic.location.line > 0 || DiagnosticCatalogue.wholeFileOrigins.contains(diagnostic.origin.file),
                    "no line: \(diagnostic) (made at \(diagnostic.origin))")
        }
    }

    @Test("every place in the source that can report a problem is reached by some input")
    func coverage() async throws {
        var reached: Set<DiagnosticOrigin> = []
        for example in DiagnosticCatalogue.all {
            for diagnostic in try await example.diagnostics() { reached.insert(diagnostic.origin) }
        }
        let sites = try DiagnosticCallSites.all()
        let unreached = sites.subtracting(reached).filter { !DiagnosticCatalogue.exempt.keys.contains($0.file) }.sorted()
        #expect(unreached.isEmpty, "no input of the catalogue reaches:\n\(unreached.map(\.description).joined(separator: "\n"))")
        let unknown = reached.subtracting(sites).sorted()
        #expect(unknown.isEmpty, "diagnostics came from lines the source scan does not see:\n\(unknown.map(\.description).joined(separator: "\n"))")
    }
}
