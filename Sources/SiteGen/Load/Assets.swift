import Foundation

/// The static files under `Templates/assets/` (the stylesheet, icons), copied as they are
/// to `assets/` in the site.
enum Assets {
    static func load(from root: URL) throws(DiagnosticError) -> [OutputFile] {
        let folder = root.appending(path: "Templates/assets")
        let names = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
        var files: [OutputFile] = []
        for name in names where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            var isDirectory: ObjCBool = false
            let url = folder.appending(path: name)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            guard let data = try? Data(contentsOf: url) else {
                throw DiagnosticError([Diagnostic(SourceLocation(file: "Templates/assets/\(name)"), "cannot read the file",
                                                  hint: "check that it exists and that you may read it")])
            }
            files.append(OutputFile(path: "assets/\(name)", contents: data))
        }
        return files
    }
}
