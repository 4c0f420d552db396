import Foundation

/// The Write step: publishes the finished site all at once or not at all.
///
/// Files are written into a hidden sibling folder (`.Site-new-…`); only when every file is
/// written is the old folder moved aside and the new one renamed into place, then the old
/// one deleted. Both renames are within one parent folder, so each is atomic, and a
/// failed build never touches the previous `Site/`.
public enum SitePublisher {
    public static func publish(_ files: [OutputFile], to output: URL) throws(DiagnosticError) {
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let token = UUID().uuidString.prefix(8)
        let staging = parent.appending(path: ".\(name)-new-\(token)")
        let retired = parent.appending(path: ".\(name)-old-\(token)")
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                let url = staging.appending(path: file.path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: url)
            }
            let hadPrevious = fileManager.fileExists(atPath: output.path)
            if hadPrevious { try fileManager.moveItem(at: output, to: retired) }
            do {
                try fileManager.moveItem(at: staging, to: output)
            } catch {
                if hadPrevious { try? fileManager.moveItem(at: retired, to: output) }
                throw error
            }
            if hadPrevious { try? fileManager.removeItem(at: retired) }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw DiagnosticError([Diagnostic(SourceLocation(file: output.path), "cannot write the site: \(error.localizedDescription)",
                                              hint: "check that the folder is writable and the disk is not full")])
        }
    }
}
