import Foundation

/// The Write step: publishes the finished site all at once or not at all.
///
/// Files are written into a hidden sibling folder (`.Site-new-…`) with sitegen's mark
/// (``OutputManifest``) written first. When every file is there, the new folder and the old
/// `Site/` swap names in one step (``FolderExchange``), so a web server serving `Site/`
/// sees the old site or the new one and never a missing folder; a first build renames the
/// new folder into place. The old tree is then deleted, its mark last. A build killed at any
/// point leaves `Site/` whole and at most a marked hidden folder, which the next build
/// removes; a hidden folder without the mark is never touched.
public enum SitePublisher {
    public static func publish(_ files: [OutputFile], to target: OutputTarget) throws(DiagnosticError) {
        try publish(files, to: target, exchange: FolderExchange.exchange)
    }

    /// `exchange` is the swap; tests pass one that fails, to check the fallback.
    static func publish(_ files: [OutputFile], to target: OutputTarget,
                        exchange: (URL, URL) throws(FolderExchange.Failure) -> Void) throws(DiagnosticError) {
        let output = target.folder
        guard let parent = output.parent?.url else { throw failure(output, "the output has no parent folder") }
        let name = output.name
        let token = UUID().uuidString.prefix(8)
        let staging = parent.appending(path: ".\(name)-new-\(token)")
        let retired = parent.appending(path: ".\(name)-old-\(token)")
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            removeLeftovers(of: name, in: parent)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            try OutputManifest(files).data.write(to: staging.appending(path: OutputManifest.fileName))
            for file in files {
                let url = staging.appending(path: file.path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: url)
            }
            if FileKind(output.url) == .missing {
                try FolderExchange.move(staging, to: output.url)
            } else {
                retire(try swap(staging, into: output.url, retiring: retired, exchange: exchange))
            }
        } catch {
            remove(staging)
            throw failure(output, (error as? FolderExchange.Failure)?.description ?? error.localizedDescription)
        }
    }

    /// Puts `staging` at `output` and returns where the old tree went: in one step where
    /// the file system can swap, else (an old kernel or file system) by two renames, with a
    /// moment without `output` between them.
    private static func swap(_ staging: URL, into output: URL, retiring retired: URL,
                             exchange: (URL, URL) throws(FolderExchange.Failure) -> Void) throws(FolderExchange.Failure) -> URL {
        do {
            try exchange(staging, output)
        } catch where error.isUnsupported {
            try FolderExchange.move(output, to: retired)
            do {
                try FolderExchange.move(staging, to: output)
            } catch {
                try? FolderExchange.move(retired, to: output)
                throw error
            }
            return retired
        }
        // The old tree now sits at the staging name; its own name says what it is.
        return (try? FolderExchange.move(staging, to: retired)) == nil ? staging : retired
    }

    /// Deletes the old tree; an earlier version's unmarked `Site/` is marked first, so a kill
    /// during the deletion leaves something the next build recognises.
    private static func retire(_ retired: URL) {
        if OutputManifest(in: retired) == nil {
            let files = (FileManager.default.enumerator(atPath: retired.path)?.allObjects as? [String] ?? [])
                .filter { FileKind(retired.appending(path: $0)) == .file }
                .map { OutputFile(path: $0, contents: Data()) }
            try? OutputManifest(files).data.write(to: retired.appending(path: OutputManifest.fileName))
        }
        remove(retired)
    }

    /// Removes the staging and retired folders (`.Site-new-…`, `.Site-old-…`) that killed
    /// builds left beside `Site/`, when sitegen's mark accounts for all they hold, or when
    /// they hold nothing but (part of) a mark: a build killed before its mark was whole.
    static func removeLeftovers(of name: String, in parent: URL) {
        let fileManager = FileManager.default
        let names = (try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []
        for entry in names.sorted() where entry.hasPrefix(".\(name)-new-") || entry.hasPrefix(".\(name)-old-") {
            let folder = parent.appending(path: entry)
            guard FileKind(folder) == .folder else { continue }
            let contents = (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? []
            let onlyMark = contents.allSatisfy { $0 == OutputManifest.fileName }
                && FileKind(folder.appending(path: OutputManifest.fileName)) != .folder
            guard onlyMark || OutputManifest(in: folder)?.strangers(in: folder, comparingContents: false) == [] else { continue }
            remove(folder)
        }
    }

    /// Deletes a folder sitegen wrote, its mark last.
    private static func remove(_ folder: URL) {
        let fileManager = FileManager.default
        for entry in (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? [] where entry != OutputManifest.fileName {
            try? fileManager.removeItem(at: folder.appending(path: entry))
        }
        try? fileManager.removeItem(at: folder)
    }

    private static func failure(_ output: ResolvedPath, _ reason: String) -> DiagnosticError {
        DiagnosticError([Diagnostic(SourceLocation(file: output.path), "cannot write the site: \(reason)",
                                    hint: "check that the folder is writable and the disk is not full")])
    }
}
