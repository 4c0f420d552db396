import Foundation

/// Lists the data files of a content folder (`Content/resultat/*.csv`), sorted by name;
/// the folder is optional. Their names do not become addresses, so any name will do.
extension ContentFolder {
    static func files(endingIn suffix: String, in folder: String, root: URL,
                      diagnostics: inout Diagnostics) -> [String] {
        let url = root.appending(path: folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return [] }
        var files: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = "\(folder)/\(name)"
            guard name.lowercased().hasSuffix(suffix) else {
                diagnostics.error(SourceLocation(file: path), "only \(suffix) files belong in \(folder)/",
                                  hint: "save the file as \(suffix), or move it out of the folder")
                continue
            }
            files.append(path)
        }
        return files
    }
}

/// Lists the Markdown files of a content folder, checking that each name is a safe slug
/// because the name becomes part of a URL (`anordnare/<name>/`).
enum ContentFolder {
    /// The `.md` files directly in `folder` (relative to `root`), sorted by name, as
    /// relative paths and slugs; hidden files are ignored, anything else is an error.
    static func markdownFiles(in folder: String, root: URL,
                              diagnostics: inout Diagnostics) -> [(path: String, slug: Located<String>)] {
        let url = root.appending(path: folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return [] }
        var files: [(path: String, slug: Located<String>)] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = "\(folder)/\(name)"
            guard name.hasSuffix(".md") else {
                diagnostics.error(SourceLocation(file: path), "only .md files belong in \(folder)/",
                                  hint: "rename it to end in .md, or move it out of the folder")
                continue
            }
            let slug = String(name.dropLast(3))
            guard Slug.isValid(slug) else {
                diagnostics.error(SourceLocation(file: path), "the file name '\(name)' is not usable in a web address",
                                  hint: "use lowercase a–z, digits and '-' only, e.g. '\(Slug.suggest(from: slug)).md'")
                continue
            }
            files.append((path, Located(slug, at: SourceLocation(file: path, line: 1, column: 1))))
        }
        return files
    }
}

/// The rule for ids and file names that become URL path segments.
enum Slug {
    static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 60 && !text.hasPrefix("-") && !text.hasSuffix("-") && !text.contains("--")
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// `Älta Språk & Jobb` → `alta-sprak-jobb`.
    static func suggest(from text: String) -> String {
        let folded = text.lowercased().folding(options: [.diacriticInsensitive], locale: Locale(identifier: "sv_SE"))
        let words = folded.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
        return words.joined(separator: "-")
    }
}
