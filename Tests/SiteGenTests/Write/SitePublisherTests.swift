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

    @Test("a new build replaces the old site whole: files no longer produced disappear")
    func replacesWhole() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appending(path: "Site")
        try SitePublisher.publish([OutputFile(path: "a/index.html", text: "A"), OutputFile(path: "old.html", text: "O")], to: site)
        try SitePublisher.publish([OutputFile(path: "a/index.html", text: "B")], to: site)
        #expect(try TestSite.snapshot(site) == ["a/index.html": Data("B".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["Site"])
    }

    @Test("a write that fails leaves the previous site untouched and cleans up")
    func failureKeepsOld() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appending(path: "Site")
        try SitePublisher.publish([OutputFile(path: "index.html", text: "old")], to: site)
        // A file and a folder at the same path cannot both be written.
        #expect(throws: DiagnosticError.self) {
            try SitePublisher.publish([OutputFile(path: "x", text: "1"), OutputFile(path: "x/y", text: "2")], to: site)
        }
        #expect(try TestSite.snapshot(site) == ["index.html": Data("old".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["Site"])
    }
}
