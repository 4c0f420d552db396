import Foundation
@testable import SiteGen
import Testing

/// One broken input of the diagnostic catalogue and the place its problem must be reported.
struct DiagnosticCase: Sendable, CustomTestStringConvertible {
    var name: String
    var files: [String: String] = [:]
    var bytes: [String: [UInt8]] = [:]
    var removing: [String] = []
    /// Whether the problem is only found while rendering (the template check).
    var render = false
    /// The printed place, `file:line:column`; the file alone for a problem with the whole
    /// file (a file name, a file that cannot be read).
    var at: String
    /// Words the message must contain.
    var message: String

    var testDescription: String { name }

    /// Whether the problem is about the whole file, so that it has no line.
    var isWholeFile: Bool { !at.contains(":") }

    /// A case that changes `old` to `new` in one of the catalogue site's files.
    static func replacing(_ name: String, in path: String, _ old: String, _ new: String,
                          at: String, message: String, render: Bool = false) -> DiagnosticCase {
        replacing(name, in: path, [(old, new)], at: at, message: message, render: render)
    }

    /// A case that makes several changes to one of the catalogue site's files (or, for a
    /// path under `Templates/`, to the repository's template).
    static func replacing(_ name: String, in path: String, _ edits: [(old: String, new: String)],
                          at: String, message: String, render: Bool = false) -> DiagnosticCase {
        guard var text = CatalogueSite.defaults[path] ?? template(path) else {
            preconditionFailure("the catalogue site has no \(path)")
        }
        for (old, new) in edits {
            precondition(text.contains(old), "\(path) of the catalogue site has no '\(old)'")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return DiagnosticCase(name: name, files: [path: text], render: render, at: at, message: message)
    }

    /// A case that writes `text` as the file at `path`.
    static func writing(_ name: String, _ path: String, _ text: String, at: String, message: String,
                        render: Bool = false) -> DiagnosticCase {
        DiagnosticCase(name: name, files: [path: text], render: render, at: at, message: message)
    }

    /// A case that writes `bytes` as the file at `path`.
    static func writing(_ name: String, _ path: String, bytes: [UInt8], at: String, message: String) -> DiagnosticCase {
        DiagnosticCase(name: name, bytes: [path: bytes], at: at, message: message)
    }

    /// A template of the repository, e.g. `Templates/page.mustache`.
    private static func template(_ path: String) -> String? {
        guard path.hasPrefix("Templates/") else { return nil }
        return try? String(contentsOf: TestSite.repository.appending(path: path), encoding: .utf8)
    }

    func diagnostics() async throws -> [Diagnostic] {
        let site = try CatalogueSite(files, bytes: bytes, removing: removing)
        defer { site.remove() }
        return await site.diagnostics(render: render)
    }
}
