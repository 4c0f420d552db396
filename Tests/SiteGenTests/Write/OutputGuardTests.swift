import Foundation
import Testing
@testable import SiteGen

/// A build asked to write somewhere it must not refuses before it reads or writes anything.
@Suite("Guarding the output folder")
struct OutputGuardTests {
    /// Everything a refused build must leave as it was: `home/` (a stand-in for the user's
    /// home), `projects/src/` (the source, the `mini` fixture) and whatever a case adds.
    struct World {
        let root: URL
        var home: URL { root.appending(path: "home") }
        var source: URL { root.appending(path: "projects/src") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appending(path: "guard-\(UUID().uuidString)")
            let fileManager = FileManager.default
            try fileManager.createDirectory(at: source, withIntermediateDirectories: true)
            try fileManager.copyItem(at: TestSite.fixtures.appending(path: "mini/Content"), to: source.appending(path: "Content"))
            try fileManager.copyItem(at: TestSite.repository.appending(path: "Templates"), to: source.appending(path: "Templates"))
            try write("home/.profile", "export LANG=sv_SE.UTF-8")
        }

        func url(_ path: String) -> URL { URL(fileURLWithPath: root.path + "/" + path) }

        func write(_ path: String, _ text: String) throws {
            try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url(path))
        }

        func link(_ path: String, to destination: String) throws {
            try FileManager.default.createSymbolicLink(atPath: url(path).path, withDestinationPath: destination)
        }

        func folder(_ path: String) throws {
            try FileManager.default.createDirectory(at: url(path), withIntermediateDirectories: true)
        }

        /// A folder as an earlier build marked it: `index.html` and its mark.
        func marked(_ path: String) throws {
            let files = [OutputFile(path: "index.html", text: "<h1>Hem</h1>")]
            try write(path + "/index.html", "<h1>Hem</h1>")
            try OutputManifest(files).data.write(to: url(path + "/.sitegen-output"))
        }

        /// Every entry below the root: a file's bytes, a link's destination, a folder.
        func tree() throws -> [String: String] {
            let paths = FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []
            var tree: [String: String] = [:]
            for path in paths {
                let entry = root.appending(path: path)
                switch FileKind(entry) {
                case .file: tree[path] = try Data(contentsOf: entry).base64EncodedString()
                case .link: tree[path] = "-> " + (try FileManager.default.destinationOfSymbolicLink(atPath: entry.path))
                default: tree[path] = "\(FileKind(entry))"
                }
            }
            return tree
        }

        func build(_ output: URL) async throws(DiagnosticError) -> SiteBuilder.Report {
            try await SiteBuilder.build(BuildOptions(source: source, output: output, home: home, now: TestSite.now))
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// One place a build must not replace, how a test makes it, and the refusal expected.
    enum Refused: String, CaseIterable, CustomTestStringConvertible {
        case source, sourceWithDot, sourceByDotDot, parentOfSource, content, folderInContent, newFolderInContent,
             templates, templateAssets, linkToContent, dotDotAfterLink, root, home, parentOfHome, file, linkToFile,
             foreignFolder, foreignDefaultSite, markedWithAddedFile, markedWithChangedFile, copiedMark

        var testDescription: String { rawValue }

        func prepare(_ world: World) throws -> URL {
            switch self {
            case .source: return world.url("projects/src")
            case .sourceWithDot: return world.url("projects/src/.")
            case .sourceByDotDot: return world.url("projects/src/Content/..")
            case .parentOfSource: return world.url("projects")
            case .content: return world.url("projects/src/Content")
            case .folderInContent: return world.url("projects/src/Content/anordnare")
            case .newFolderInContent: return world.url("projects/src/Content/ny/Site")
            case .templates: return world.url("projects/src/Templates")
            case .templateAssets: return world.url("projects/src/Templates/assets")
            case .linkToContent:
                try world.link("innehall", to: world.url("projects/src/Content").path)
                return world.url("innehall")
            case .dotDotAfterLink:
                // The kernel takes `..` after a link from where the link points: Content/.
                try world.link("djup", to: world.url("projects/src/Content/anordnare").path)
                return world.url("djup/..")
            case .root: return URL(fileURLWithPath: "/")
            case .home: return world.url("home")
            case .parentOfHome: return world.root
            case .file:
                try world.write("rapport.pdf", "%PDF-1.7")
                return world.url("rapport.pdf")
            case .linkToFile:
                try world.write("rapport.pdf", "%PDF-1.7")
                try world.link("senaste.pdf", to: "rapport.pdf")
                return world.url("senaste.pdf")
            case .foreignFolder:
                try world.write("bilder/sjo.jpg", "JFIF")
                return world.url("bilder")
            case .foreignDefaultSite:
                try world.write("projects/src/Site/anteckningar.txt", "att göra")
                return world.url("projects/src/Site")
            case .markedWithAddedFile:
                try world.marked("ut")
                try world.write("ut/anteckningar.txt", "att göra")
                return world.url("ut")
            case .markedWithChangedFile:
                try world.marked("ut")
                try world.write("ut/index.html", "<h1>Min egen</h1>")
                return world.url("ut")
            case .copiedMark:
                try world.write("bilder/sjo.jpg", "JFIF")
                try world.marked("ut")
                try FileManager.default.copyItem(at: world.url("ut/.sitegen-output"), to: world.url("bilder/.sitegen-output"))
                return world.url("bilder")
            }
        }

        var expected: OutputRefusal {
            switch self {
            case .source, .sourceWithDot, .sourceByDotDot: .source
            case .parentOfSource: .containsSource
            case .content, .folderInContent, .newFolderInContent, .linkToContent, .dotDotAfterLink: .insideContent
            case .templates, .templateAssets: .insideTemplates
            case .root: .root
            case .home: .home
            case .parentOfHome: .containsHome
            case .file, .linkToFile: .file
            case .foreignFolder: .foreign(isDefault: false)
            case .foreignDefaultSite: .foreign(isDefault: true)
            case .markedWithAddedFile: .strangers(["anteckningar.txt"])
            case .markedWithChangedFile: .strangers(["index.html"])
            case .copiedMark: .strangers(["sjo.jpg"])
            }
        }
    }

    @Test("a build refuses the output with one located error and leaves every file and folder as it was", arguments: Refused.allCases)
    func refuses(_ scenario: Refused) async throws {
        let world = try World()
        defer { world.remove() }
        let output = try scenario.prepare(world)
        let before = try world.tree()
        do {
            _ = try await world.build(output)
            Issue.record("the build wrote to \(output.path)")
        } catch {
            #expect(error.diagnostics.map(\.message) == [scenario.expected.message])
            #expect(error.diagnostics.allSatisfy { !$0.hint.isEmpty })
        }
        #expect(try world.tree() == before)
    }

    @Test("the error names the output as written, relative to the source folder when inside it")
    func location() async throws {
        let world = try World()
        defer { world.remove() }
        for (output, shown) in [(world.url("projects/src/Templates/assets"), "Templates/assets"),
                                (world.url("projects/src/."), "."),
                                (world.url("home"), world.url("home").path)] {
            do {
                _ = try await world.build(output)
            } catch {
                #expect(error.diagnostics.map(\.location.file) == [shown])
            }
        }
    }

    /// Places a build may write to, and where the site then is.
    enum Accepted: String, CaseIterable, CustomTestStringConvertible {
        case missing, missingWithParents, empty, marked, markedWithDesktopClutter, earlierDefaultSite, linkToEmptyFolder

        var testDescription: String { rawValue }

        func prepare(_ world: World) throws -> (output: URL, site: URL) {
            switch self {
            case .missing: return (world.url("ut"), world.url("ut"))
            case .missingWithParents: return (world.url("publicera/ny/ut"), world.url("publicera/ny/ut"))
            case .empty:
                try world.folder("ut")
                return (world.url("ut"), world.url("ut"))
            case .marked:
                try world.marked("ut")
                return (world.url("ut"), world.url("ut"))
            case .markedWithDesktopClutter:
                // An editor looked at the site in Finder or Explorer.
                try world.marked("ut")
                for path in ["ut/.DS_Store", "ut/._index.html", "ut/Thumbs.db", "ut/desktop.ini"] { try world.write(path, "x") }
                return (world.url("ut"), world.url("ut"))
            case .earlierDefaultSite:
                // What versions before the mark wrote to Site/ beside Content/.
                for path in ["index.html", "sitemap.xml", "assets/style.css", "gammal/index.html"] {
                    try world.write("projects/src/Site/" + path, "old")
                }
                return (world.url("projects/src/Site"), world.url("projects/src/Site"))
            case .linkToEmptyFolder:
                try world.folder("www/jobbpeng")
                try world.link("ut", to: world.url("www/jobbpeng").path)
                return (world.url("ut"), world.url("www/jobbpeng"))
            }
        }
    }

    @Test("a missing, empty or sitegen-written folder is replaced whole, with the mark", arguments: Accepted.allCases)
    func accepts(_ scenario: Accepted) async throws {
        let world = try World()
        defer { world.remove() }
        let (output, site) = try scenario.prepare(world)
        _ = try await world.build(output)
        let files = try TestSite.snapshot(site)
        #expect(files["index.html"] != nil && files[".sitegen-output"] != nil)
        #expect(files["gammal/index.html"] == nil)
        #expect(OutputManifest(in: site)?.strangers(in: site, comparingContents: true) == [])
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.deletingLastPathComponent().path)
        #expect(!beside.contains { $0.hasPrefix(".") })
    }

    @Test("an earlier version's Site/ with anything hidden in it is not taken for a site")
    func earlierSiteWithHiddenFile() async throws {
        let world = try World()
        defer { world.remove() }
        for path in ["index.html", "sitemap.xml", "assets/style.css", ".git/HEAD"] {
            try world.write("projects/src/Site/" + path, "old")
        }
        let before = try world.tree()
        await #expect(throws: DiagnosticError.self) { _ = try await world.build(world.url("projects/src/Site")) }
        #expect(try world.tree() == before)
    }
}
