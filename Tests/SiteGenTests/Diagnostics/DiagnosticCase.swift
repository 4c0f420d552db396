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

    /// A case that changes `old` to `new` in one of the catalogue site's files.
    static func replacing(_ name: String, in path: String, _ old: String, _ new: String,
                          at: String, message: String, render: Bool = false) -> DiagnosticCase {
        guard let text = CatalogueSite.defaults[path], text.contains(old) else {
            preconditionFailure("\(path) of the catalogue site has no '\(old)'")
        }
        return DiagnosticCase(name: name, files: [path: text.replacingOccurrences(of: old, with: new)],
                              render: render, at: at, message: message)
    }

    /// A case that writes `text` as the file at `path`.
    static func writing(_ name: String, _ path: String, _ text: String, at: String, message: String,
                        render: Bool = false) -> DiagnosticCase {
        DiagnosticCase(name: name, files: [path: text], render: render, at: at, message: message)
    }

    func diagnostics() async throws -> [Diagnostic] {
        let site = try CatalogueSite(files, bytes: bytes, removing: removing)
        defer { site.remove() }
        return await site.diagnostics(render: render)
    }
}
