@testable import SiteGen

/// The broken inputs, one or more for each place that can report a problem, grouped by
/// area in the `DiagnosticCatalogue+…` files.
enum DiagnosticCatalogue {
    static let all: [DiagnosticCase] = frontMatter + yaml + files + siteConfig + csv + resultRows + surveyRows
        + calendarTimes + calendarChecks + recurrenceRules + templates

    /// Files whose diagnostics are about a whole file (its name, whether it can be read),
    /// so they have no line.
    static let wholeFileOrigins: Set<String> = [
        "SiteGen/ContentFolder.swift",
        "SiteGen/SourceFile.swift",
        "SiteGen/Assets.swift",
    ]

    /// Places that report problems no input can cause, and why.
    static let exempt: [Exemption] = [
        Exemption(file: "SiteGen/SitePublisher.swift", reason: "the disk or the folder's permissions fail, not the input"),
        Exemption(file: "SiteGen/Assets.swift", code: "cannot read the file",
                  reason: "only when the disk or the permissions fail: a folder is skipped, and the build runs as the files' owner"),
        Exemption(file: "SiteGen/TemplateSet.swift", code: "\"the template cannot be read: \\(error)\",",
                  reason: "MustacheTemplate(string:) throws only ParserError, which the case before handles"),
        Exemption(file: "SiteGen/TemplateSet.swift", code: "\"the template cannot be read: \\(error.error)\",",
                  reason: "swift-mustache's other parser errors (inheritance and config-variable syntax) need tags the site's templates never use; the message still names the error"),
        Exemption(file: "SiteGen/TemplateSet.swift", code: "\"the template is missing\"",
                  reason: "dead: TemplateCheck.check, called first, already reports a template that is not in the set"),
        Exemption(file: "SiteGen/CSVRow+Numbers.swift", code: "\"write a number, e.g. 3,77\"",
                  reason: "dead: every caller of decimal(_:) skips an empty value first, trimmed the same way"),
        Exemption(file: "SiteGen/CSVRow+Numbers.swift", code: "\"the column '\\(column)' is missing\"",
                  reason: "dead: checkColumns refuses a file without a required column, and optional ones are looked up first"),
        Exemption(file: "SiteGen/EventCheck.swift", code: "EventProblem(.override(index), event.time.isAllDay",
                  reason: "dead: WrittenTimes makes every change the same kind (all-day or timed) as its event"),
        Exemption(file: "SiteGen/OutputGuard.swift",
                  reason: "about --output, a path on the command line with no line; OutputGuardTests checks each refusal's whole message and hint"),
        Exemption(file: "SiteGen/YAMLEventStream+Diagnostic.swift", code: "line: place.firstLine, column: 1),",
                  reason: "only when the machine runs out of memory"),
        Exemption(file: "SiteGen/YAMLEventStream+Diagnostic.swift", code: "hint: \"save the file as UTF-8 text\"",
                  reason: "libyaml's reader errors are invalid UTF-8 and control characters, which SourceFile refuses before YAML is read"),
        Exemption(file: "SiteGen/YAMLEventStream+Diagnostic.swift", code: "\"malformed YAML: the invisible control character",
                  reason: "SourceFile refuses control characters before YAML is read; YAMLReaderTests reach it directly"),
    ]

    static let provider = "Content/anordnare/fyrbaken.md"
    static let page = "Content/sidor/om-siffrorna.md"
    static let event = "Content/kalender/dialog.md"
    static let site = "Content/site.yml"
    static let results = "Content/resultat/2022.csv"
    static let survey = "Content/nojdhet/2022.csv"
}

/// A place in the source that no input can reach, and why.
struct Exemption: Sendable {
    var file: String
    /// A piece of the line of code that makes the problem; nil for every place in the file.
    var code: String?
    var reason: String

    func covers(_ site: DiagnosticOrigin, code line: String) -> Bool {
        site.file == file && (code.map { line.contains($0) } ?? true)
    }
}
