import Foundation
@testable import SiteGen

/// The places in sitegen's own source that can report a problem with an editor's input,
/// found by reading the source: every line that makes a ``Diagnostic`` directly, calls
/// `Diagnostics.error`, or makes one of the problem values that become diagnostics once
/// their place is known (``EventProblem``, a recurrence rule's problem).
///
/// A line is named as ``DiagnosticOrigin`` names it (`SiteGen/Load/CSVReader.swift` and
/// its line), so it can be compared with where the diagnostics of real inputs came from.
enum DiagnosticCallSites {
    /// The folders whose problems come from an editor's input.
    static let folders = ["Load", "Validate", "Calendar", "Render", "Write", "Build"]

    static func all() throws -> Set<DiagnosticOrigin> {
        Set(try code().keys)
    }

    /// Every such place with its line of code, trimmed.
    static func code() throws -> [DiagnosticOrigin: String] {
        // Calls that make a problem anywhere, and the recurrence rule parser's two local reporters.
        let makers = try Regex(#"[^A-Za-z](Diagnostic|EventProblem)\(|\.error\("#)
        let ruleParserMakers = try Regex(#"[^A-Za-z.](problem|add)\("#)
        let sources = TestSite.repository.appending(path: "Sources/SiteGen")
        var sites: [DiagnosticOrigin: String] = [:]
        for folder in folders {
            let url = sources.appending(path: folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names where name.hasSuffix(".swift") {
                let text = try String(contentsOf: url.appending(path: name), encoding: .utf8)
                for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let code = " " + line.trimmingCharacters(in: .whitespaces)
                    // A line that hands on an `origin:` only forwards a problem made elsewhere.
                    guard !code.hasPrefix(" //"), !code.contains("func "), !code.contains("origin:") else { continue }
                    if code.contains(makers) || name == "RecurrenceRule+Parsing.swift" && code.contains(ruleParserMakers) {
                        sites[DiagnosticOrigin(file: "SiteGen/\(name)", line: index + 1)] = String(code.dropFirst())
                    }
                }
            }
        }
        return sites
    }
}
