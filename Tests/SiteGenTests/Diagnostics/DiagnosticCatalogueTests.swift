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
            #expect(!diagnostic.hint.isEmpty, "no hint: \(diagnostic) (made at \(diagnostic.origin))")
            let wholeFile = DiagnosticCatalogue.wholeFileOrigins.contains(diagnostic.origin.file)
                || example.isWholeFile && diagnostic.location.description == example.at
            #expect(diagnostic.location.line > 0 || wholeFile,
                    "no line: \(diagnostic) (made at \(diagnostic.origin))")
        }
    }

    @Test("every place in the source that can report a problem is reached by some input")
    func coverage() async throws {
        let reached = try await withThrowingTaskGroup(of: [DiagnosticOrigin].self) { group in
            for example in DiagnosticCatalogue.all {
                group.addTask { try await example.diagnostics().map(\.origin) }
            }
            return try await group.reduce(into: Set<DiagnosticOrigin>()) { $0.formUnion($1) }
        }
        let code = try DiagnosticCallSites.code()
        let sites = Set(code.keys)
        let unreached = sites.subtracting(reached).filter { site in
            !DiagnosticCatalogue.exempt.contains { $0.covers(site, code: code[site] ?? "") }
        }.sorted()
        #expect(unreached.isEmpty, "no input of the catalogue reaches:\n\(unreached.map(\.description).joined(separator: "\n"))")
        let unknown = reached.subtracting(sites).sorted()
        #expect(unknown.isEmpty, "diagnostics came from lines the source scan does not see:\n\(unknown.map(\.description).joined(separator: "\n"))")
    }
}
