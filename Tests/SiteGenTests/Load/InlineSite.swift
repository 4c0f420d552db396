import Foundation
@testable import SiteGen

/// A small site written from strings into a temporary folder, for testing what the Load
/// and Validate steps say about it.
///
/// It starts as a valid site of one provider and one free page; a test replaces, adds
/// (`files`, `bytes`) or removes (`removing`) files by their path under the site root.
struct InlineSite {
    static let siteYML = """
        title: Välj jobb- och utbildningsexpert
        organisation: Nacka kommun
        language: sv
        description: Jämför anordnare.
        programmes:
          - id: grund
            name: Jobbpeng grund
            description: För dig som står nära arbetsmarknaden.
          - id: forstarkt
            name: Förstärkt jobbpeng
            description: För dig som behöver mer stöd.
          - id: sai
            name: Språk- och arbetsintroduktion
            description: För dig som behöver svenska för att få jobb.
        districts: [Fisksätra, Orminge, Älta]
        languages: [svenska, arabiska, engelska]

        """

    static let startMD = """
        ---
        titel: Välj jobb- och utbildningsexpert
        ingress: Här jämför du anordnarna.
        ---
        Välkommen.

        """

    /// A valid provider file; tests build broken ones by replacing its lines.
    static let fyrbakenMD = """
        ---
        namn: Fyrbåken Kompetens
        sammanfattning: Vi hjälper dig till jobb.
        insatser: [sai, grund]
        språk: [svenska, arabiska]
        områden: [Fisksätra]
        ---
        # Så arbetar vi

        """

    static let pageMD = """
        ---
        titel: Om siffrorna
        ---
        Så räknar vi.

        """

    static let defaults = [
        "Content/site.yml": siteYML,
        "Content/start.md": startMD,
        "Content/anordnare/fyrbaken.md": fyrbakenMD,
        "Content/sidor/om-siffrorna.md": pageMD,
    ]

    let root: URL

    init(_ files: [String: String] = [:], bytes: [String: [UInt8]] = [:], removing: [String] = []) throws {
        root = FileManager.default.temporaryDirectory.appending(path: "sitegen-inline-\(UUID().uuidString)")
        var texts = Self.defaults.merging(files) { _, new in new }
        for path in removing { texts[path] = nil }
        let all = texts.mapValues { Array($0.utf8) }.merging(bytes) { _, new in new }
        for (path, content) in all {
            let url = root.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content).write(to: url)
        }
    }

    /// Loads and validates the site as a build does (load every file, then cross-check
    /// what loaded), returning every problem as printed, in the order a build prints them.
    func diagnostics() -> [String] {
        do {
            _ = try content()
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    /// The loaded and validated content, or every problem found.
    func content() throws(DiagnosticError) -> SiteContent {
        var (raw, diagnostics) = ContentLoader.loadPartially(from: root)
        let content = raw.flatMap { raw in
            diagnostics.collect { () throws(DiagnosticError) in try ContentValidator.validate(raw) }
        }
        try diagnostics.check()
        return content!
    }

    /// Writes a site from the defaults changed by the arguments, and returns what loading
    /// and validating it reports.
    static func diagnostics(_ files: [String: String] = [:], bytes: [String: [UInt8]] = [:],
                            removing: [String] = []) throws -> [String] {
        let site = try InlineSite(files, bytes: bytes, removing: removing)
        defer { site.remove() }
        return site.diagnostics()
    }

    /// A copy of the valid provider file with `old` replaced by `new`.
    static func provider(replacing old: String, with new: String) -> String {
        precondition(fyrbakenMD.contains(old), "the provider file has no '\(old)'")
        return fyrbakenMD.replacingOccurrences(of: old, with: new)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
