import Foundation
@testable import SiteGen

/// A copy of a fixture site (its `Content/`, the repository's real `Templates/`) in a
/// temporary folder, so tests can break files without touching the repository.
struct TestSite: Sendable {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appending(path: "Tests/SiteGenTests/Fixtures")
    static let now = BuildDate.parse("2026-11-22T12:00")!

    let root: URL

    /// `content` is a fixture folder name, or nil for the repository's own example content.
    init(content fixture: String?) throws {
        root = FileManager.default.temporaryDirectory.appending(path: "sitegen-test-\(UUID().uuidString)")
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: root, withIntermediateDirectories: true)
        let contentSource = fixture.map { Self.fixtures.appending(path: "\($0)/Content") }
            ?? Self.repository.appending(path: "Content")
        try fileManager.copyItem(at: contentSource, to: root.appending(path: "Content"))
        try fileManager.copyItem(at: Self.repository.appending(path: "Templates"), to: root.appending(path: "Templates"))
    }

    var output: URL { root.appending(path: "Site") }

    func build(output: URL? = nil, baseURL: String? = nil) async throws(DiagnosticError) -> SiteBuilder.Report {
        try await SiteBuilder.build(BuildOptions(source: root, output: output ?? self.output, baseURL: baseURL, now: Self.now))
    }

    func read(_ path: String, in output: URL? = nil) throws -> String {
        try String(contentsOf: (output ?? self.output).appending(path: path), encoding: .utf8)
    }

    /// Writes a file of the copied site, making its folder when needed (`Content/resultat/`
    /// is not in every fixture).
    func write(_ path: String, _ text: String) throws {
        let file = root.appending(path: path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    /// Every file under `folder`, as relative path → bytes.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        let paths = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        var files: [String: Data] = [:]
        for path in paths {
            var isDirectory: ObjCBool = false
            let url = folder.appending(path: path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    /// Writes `files` (path → text, folders created) and returns every problem the build
    /// reports, printed as an editor sees them; [] when it builds.
    func problems(after files: [String: String]) async throws -> [String] {
        for (path, text) in files {
            try FileManager.default.createDirectory(at: root.appending(path: path).deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try write(path, text)
        }
        do {
            _ = try await build()
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
