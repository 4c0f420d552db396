import Foundation

/// Decides, before anything is read or written, whether a build may replace the folder it
/// was asked to write. A build replaces its output whole, so the guard lets through only a
/// folder that is missing, empty, or holds exactly what sitegen wrote there last time.
///
/// Paths are compared as the folders they name (links, `.` and `..` followed; device and
/// inode compared), so no spelling of the source folder slips through. Hugo never deletes
/// its destination and Zola asks before deleting an existing `--output-dir`; sitegen,
/// which must replace the folder to drop pages no longer built, instead recognises its own
/// output by the mark it leaves there (``OutputManifest``) and refuses anything else.
public struct OutputGuard: Sendable {
    /// The folder holding `Content/` and `Templates/`.
    public var source: URL
    /// The user's home folder, never to be replaced; the caller passes it in.
    public var home: URL?

    public init(source: URL, home: URL?) {
        self.source = source
        self.home = home
    }

    /// The checked place to publish to, or an error naming `output` with what to do.
    public func target(for output: URL) throws(DiagnosticError) -> OutputTarget {
        let folder = ResolvedPath(output)
        if let refusal = refusal(for: folder) {
            throw DiagnosticError([Diagnostic(SourceLocation(file: shown(output)), refusal.message, hint: refusal.hint)])
        }
        return OutputTarget(folder: folder)
    }

    func refusal(for folder: ResolvedPath) -> OutputRefusal? {
        let own = folder.identity
        let upward = folder.identitiesUpward
        if folder.components.isEmpty { return .root }
        if let own, let parent = folder.parent?.identity, own.device != parent.device { return .root }
        if let home = home.map(ResolvedPath.init), let homeIdentity = home.identity {
            if own == homeIdentity { return .home }
            if let own, home.identitiesUpward.contains(own) { return .containsHome }
        }
        let sourcePath = ResolvedPath(source)
        if own != nil, own == sourcePath.identity { return .source }
        for (name, refusal) in [("Content", OutputRefusal.insideContent), ("Templates", .insideTemplates)] {
            let read = ResolvedPath(sourcePath.appending(name).url)
            if let identity = read.identity, upward.contains(identity) { return refusal }
            if let own, read.identitiesUpward.contains(own) { return .containsSource }
        }
        if let own, sourcePath.identitiesUpward.contains(own) { return .containsSource }
        switch FileKind(path: folder.path) {
        case .missing: return nil
        case .file, .link, .other: return .file
        case .folder: return existingFolderRefusal(folder, isDefault: folder == sourcePath.appending("Site"))
        }
    }

    /// An existing folder is replaced when it is empty, when its mark accounts for all it
    /// holds, or when it is the default `Site/` that a version before the mark wrote.
    private func existingFolderRefusal(_ folder: ResolvedPath, isDefault: Bool) -> OutputRefusal? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        if entries.isEmpty { return nil }
        if let manifest = OutputManifest(in: folder.url) {
            let strangers = manifest.strangers(in: folder.url, comparingContents: true)
            return strangers.isEmpty ? nil : .strangers(strangers)
        }
        return isDefault && Self.looksLikeEarlierSite(folder) ? nil : .foreign(isDefault: isDefault)
    }

    /// The default `Site/` from before outputs were marked: the home page, the sitemap and
    /// the stylesheet are there, and nothing hidden.
    static func looksLikeEarlierSite(_ folder: ResolvedPath) -> Bool {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return !entries.contains { $0.hasPrefix(".") }
            && FileKind(path: folder.appending("index.html").path) == .file
            && FileKind(path: folder.appending("sitemap.xml").path) == .file
            && FileKind(path: folder.appending("assets").appending("style.css").path) == .file
    }

    /// `output` as the editor wrote it: relative to the source folder when inside it.
    private func shown(_ output: URL) -> String {
        let base = source.standardizedFileURL.path
        let path = output.standardizedFileURL.path
        if path == base { return "." }
        return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : output.path
    }
}
