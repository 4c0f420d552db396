import Foundation
import Testing
@testable import SiteGen

@Suite("Publishing the site")
struct SitePublisherTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "publish-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func publish(_ files: [OutputFile], to site: URL) throws {
        let target = try OutputGuard(source: site.deletingLastPathComponent(), home: nil).target(for: site)
        try SitePublisher.publish(files, to: target)
    }

    private func listing(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("a new build replaces the old site whole: files no longer produced disappear")
    func replacesWhole() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appending(path: "Site")
        try publish([OutputFile(path: "a/index.html", text: "A"), OutputFile(path: "old.html", text: "O")], to: site)
        try publish([OutputFile(path: "a/index.html", text: "B")], to: site)
        var files = try TestSite.snapshot(site)
        #expect(files.removeValue(forKey: OutputManifest.fileName) != nil)
        #expect(files == ["a/index.html": Data("B".utf8)])
        #expect(try listing(parent) == ["Site"])
    }

    @Test("the output carries a mark listing each file with its checksum, sorted and without a date")
    func marksOutput() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appending(path: "Site")
        try publish([OutputFile(path: "b.html", text: "B"), OutputFile(path: "a/index.html", text: "A")], to: site)
        let mark = try String(contentsOf: site.appending(path: ".sitegen-output"), encoding: .utf8)
        #expect(mark == "sitegen output 1\naf63fc4c860222ec a/index.html\naf63ff4c86022805 b.html\n")
    }

    @Test("a write that fails leaves the previous site untouched and cleans up")
    func failureKeepsOld() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appending(path: "Site")
        try publish([OutputFile(path: "index.html", text: "old")], to: site)
        let before = try TestSite.snapshot(site)
        // A file and a folder at the same path cannot both be written.
        #expect(throws: DiagnosticError.self) {
            try publish([OutputFile(path: "x", text: "1"), OutputFile(path: "x/y", text: "2")], to: site)
        }
        #expect(try TestSite.snapshot(site) == before)
        #expect(try listing(parent) == ["Site"])
    }

    @Test("replacing a site puts a new folder at Site/ in one step: another folder, new files only, nothing left beside")
    func swapsInOneStep() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appending(path: "Site")
        try publish([OutputFile(path: "old.html", text: "old")], to: site)
        let before = try #require(FileKind.identity(path: site.path))
        try publish([OutputFile(path: "new.html", text: "new")], to: site)
        #expect(FileKind.identity(path: site.path) != before)
        #expect(try listing(site) == [".sitegen-output", "new.html"])
        #expect(try listing(parent) == ["Site"])
    }

    @Test("where the file system cannot swap, two renames replace the site all the same")
    func fallback() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appending(path: "Site")
        try publish([OutputFile(path: "old.html", text: "old")], to: site)
        let target = try OutputGuard(source: parent, home: nil).target(for: site)
        try SitePublisher.publish([OutputFile(path: "new.html", text: "new")], to: target) { _, _ throws(FolderExchange.Failure) in
            throw FolderExchange.Failure(code: ENOSYS)
        }
        #expect(try listing(site) == [".sitegen-output", "new.html"])
        #expect(try listing(parent) == ["Site"])
    }

    @Test("the exchange swaps two folders' names in one call")
    func exchange() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let (a, b) = (parent.appending(path: "a"), parent.appending(path: "b"))
        for (folder, file) in [(a, "from-a"), (b, "from-b")] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            try Data().write(to: folder.appending(path: file))
        }
        let (identityA, identityB) = (FileKind.identity(path: a.path), FileKind.identity(path: b.path))
        try FolderExchange.exchange(a, b)
        #expect(try listing(a) == ["from-b"])
        #expect(try listing(b) == ["from-a"])
        #expect(FileKind.identity(path: a.path) == identityB)
        #expect(FileKind.identity(path: b.path) == identityA)
    }

    @Test("Site/ exists at every moment a watcher looks while 300 publishes replace it")
    func alwaysThere() async throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appending(path: "Site")
        let stop = parent.appending(path: "stop")
        try publish([OutputFile(path: "index.html", text: "0")], to: site)
        let watcher = Task.detached { () -> Int in
            var misses = 0
            while FileKind(stop) == .missing {
                if FileKind(site) != .folder { misses += 1 }
            }
            return misses
        }
        for round in 1...300 {
            try publish([OutputFile(path: "index.html", text: "\(round)")], to: site)
        }
        try Data().write(to: stop)
        #expect(await watcher.value == 0)
    }

    @Test("marked folders that killed builds left beside Site/ are removed by the next publish; unmarked, foreign or other sites' are not")
    func leftovers() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let files = [OutputFile(path: "index.html", text: "home"), OutputFile(path: "a/b.html", text: "page")]
        func leave(_ name: String, marked: Bool, writing paths: [String]) throws {
            let folder = parent.appending(path: name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            if marked { try OutputManifest(files).data.write(to: folder.appending(path: ".sitegen-output")) }
            for path in paths {
                try FileManager.default.createDirectory(at: folder.appending(path: path).deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
                try Data("ho".utf8).write(to: folder.appending(path: path))  // the last file cut short
            }
        }
        try leave(".Site-new-1a2b3c4d", marked: true, writing: ["index.html"])
        try leave(".Site-old-5e6f7a8b", marked: true, writing: ["index.html", "a/b.html"])
        try leave(".Site-old-00000000", marked: true, writing: [])
        try leave(".Site-new-emptyemp", marked: false, writing: [])  // killed before its mark was written
        try leave(".Site-new-halfmark", marked: false, writing: [])
        try Data("sitegen outp".utf8).write(to: parent.appending(path: ".Site-new-halfmark/.sitegen-output"))
        try leave(".Site-new-unmarked", marked: false, writing: ["index.html"])
        try leave(".Site-old-foreign1", marked: true, writing: ["index.html", "notes.txt"])
        try leave(".Other-new-1a2b3c4d", marked: true, writing: ["index.html"])
        try publish(files, to: parent.appending(path: "Site"))
        #expect(try listing(parent) == [".Other-new-1a2b3c4d", ".Site-new-unmarked", ".Site-old-foreign1", "Site"])
        #expect(try listing(parent.appending(path: ".Site-old-foreign1")) == [".sitegen-output", "index.html", "notes.txt"])
    }
}
