@testable import SiteGen

/// The broken inputs, one or more for each place that can report a problem.
enum DiagnosticCatalogue {
    static let all: [DiagnosticCase] = frontMatter + csv

    /// Files whose diagnostics are about a whole file (its name, whether it can be read),
    /// so they have no line.
    static let wholeFileOrigins: Set<String> = [
        "SiteGen/ContentFolder.swift",
        "SiteGen/SourceFile.swift",
        "SiteGen/Assets.swift",
    ]

    /// Source files that report problems no input can cause, and why.
    static let exempt: [String: String] = [
        "SiteGen/SitePublisher.swift": "the disk or the folder's permissions fail, not the input",
    ]

    static let provider = "Content/anordnare/fyrbaken.md"
    static let results = "Content/resultat/2022.csv"
    static let survey = "Content/nojdhet/2022.csv"

    static let frontMatter: [DiagnosticCase] = [
        .replacing("unknown field", in: provider, "områden: [Fisksätra]", "områden: [Fisksätra]\nsprak: [svenska]",
                   at: "Content/anordnare/fyrbaken.md:7:1", message: "unknown field 'sprak'"),
        .replacing("required field missing", in: provider, "namn: Fyrbåken Kompetens\n", "",
                   at: "Content/anordnare/fyrbaken.md:2:1", message: "the required field 'namn' is missing"),
        .replacing("list field is text", in: provider, "språk: [svenska, arabiska]", "språk: svenska",
                   at: "Content/anordnare/fyrbaken.md:5:8", message: "'språk' must be a list"),
    ]

    static let csv: [DiagnosticCase] = [
        .replacing("a count is not a number", in: results, "fyrbaken;grund;2022;20;", "fyrbaken;grund;2022;2x;",
                   at: "Content/resultat/2022.csv:2:22", message: "'avslutade'"),
        .replacing("self-sufficient more than ended", in: results, "2022;20;9;6;3;0", "2022;20;29;26;3;0",
                   at: "Content/resultat/2022.csv:2:25", message: "is more than 'avslutade'"),
    ]
}
