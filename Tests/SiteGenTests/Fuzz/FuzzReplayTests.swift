import Testing
@testable import SiteGen

/// One input that once broke the build (a crash, a hang, a problem without a place), shrunk
/// to what matters, with the place and words it must now be reported with.
struct FuzzCounterexample: Sendable, CustomTestStringConvertible {
    var name: String
    var path: String
    var text: String
    /// The start of `file:line:column` of the problem; nil when the input must build.
    var at: String?
    var message: String = ""

    var testDescription: String { name }

    /// The fuzz site's file `path` with `old` replaced by `new`.
    static func replacing(_ name: String, in path: String, _ old: String, _ new: String,
                          at: String?, message: String = "") -> FuzzCounterexample {
        let base = path.hasSuffix("2022.csv") && path.contains("resultat") ? FuzzTests.results
            : path.contains("nojdhet") ? FuzzTests.survey
            : CatalogueSite.defaults[path]!
        precondition(base.contains(old), "\(path) has no '\(old)'")
        return FuzzCounterexample(name: name, path: path, text: base.replacingOccurrences(of: old, with: new),
                                  at: at, message: message)
    }
}

@Suite("Fuzz: counterexamples found once, kept as fixed tests")
struct FuzzReplayTests {
    static let results = "Content/resultat/2022.csv"
    static let survey = "Content/nojdhet/2022.csv"
    static let event = "Content/kalender/dialog.md"
    static let settings = "Content/site.yml"
    static let rule = "FREQ=MONTHLY;BYDAY=1FR"

    static let all: [FuzzCounterexample] = [
        // Numbers too large for any integer, pasted from Excel: once an arithmetic overflow.
        .replacing("eget_foretag is Int.max", in: results, "fyrbaken;grund;2022;20;9;6;3;0;120,5",
                   "fyrbaken;grund;2022;20;9;6;3;9223372036854775807;120,5",
                   at: "\(results):2:30", message: "'eget_foretag' is more than 1 000 000"),
        .replacing("every part at Int.max, so their sum overflows", in: results, "fyrbaken;grund;2022;20;9;6;3;0;120,5",
                   "fyrbaken;grund;2022;20;9;9223372036854775807;9223372036854775807;9223372036854775807;120,5",
                   at: "\(results):2:26", message: "'arbete' is more than 1 000 000"),
        .replacing("avslutade one past Int.max", in: results, "fyrbaken;grund;2022;20;", "fyrbaken;grund;2022;9223372036854775808;",
                   at: "\(results):2:21", message: "'avslutade' is more than 1 000 000"),
        .replacing("medeldagar as 1e308", in: results, "0;120,5", "0;1e308",
                   at: "\(results):2:32", message: "'medeldagar'"),
        .replacing("antal_svar at Int.max", in: survey, "4,10;12\n", "4,10;9223372036854775807\n",
                   at: "\(survey):2:35", message: "'antal_svar' is more than 1 000 000"),
        .replacing("a mean of NaN", in: survey, "4,10;12\n", "NaN;12\n",
                   at: "\(survey):2:30", message: "'medelvarde'"),
        .replacing("a year of Arabic-Indic digits", in: results, "fyrbaken;grund;2022;20", "fyrbaken;grund;٢٠٢٢;20",
                   at: "\(results):2:16", message: "'år'"),
        .replacing("old-Mac line endings", in: results, "\n", "\r",
                   at: nil),
        // Recurrence rules whose numbers or dates could stall the expansion.
        .replacing("INTERVAL=0", in: event, rule, "FREQ=DAILY;INTERVAL=0",
                   at: "\(event):7:33", message: "INTERVAL '0' is not a whole number of at least 1"),
        .replacing("COUNT at Int.max", in: event, rule, "FREQ=DAILY;COUNT=9223372036854775807",
                   at: "\(event):7:30", message: "is more than 10000"),
        .replacing("INTERVAL past Int.max", in: event, rule, "FREQ=DAILY;INTERVAL=99999999999999999999999",
                   at: "\(event):7:33", message: "is more than 1000"),
        .replacing("a rule with no day that exists (30 February)", in: event, rule, "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
                   at: "\(event):5:8", message: "is not an occurrence of the rule"),
        .replacing("the 53rd Monday of a month", in: event, rule, "FREQ=MONTHLY;BYDAY=53MO",
                   at: "\(event):7:32", message: "more than 5 of a weekday in a month"),
        .replacing("UNTIL on 30 February", in: event, rule, "FREQ=WEEKLY;UNTIL=20270230",
                   at: "\(event):7:31", message: "is not a date"),
        .replacing("every day for ten thousand days", in: event, rule, "FREQ=DAILY;COUNT=10000",
                   at: nil),
        // YAML that once expanded before it was checked.
        .replacing("nested aliases", in: settings, "organisation: Nacka kommun",
                   "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\norganisation: Nacka kommun",
                   at: "\(settings):3:4", message: "anchor"),
        .replacing("a thousand open brackets", in: settings, "organisation: Nacka kommun",
                   "organisation: " + String(repeating: "[", count: 1000),
                   at: "\(settings):2:", message: "deep"),
        .replacing("a NUL in a value", in: settings, "organisation: Nacka kommun", "organisation: Nacka\u{0}kommun",
                   at: "\(settings):2:20", message: "control character"),
    ]

    @Test("each is refused at its place, or builds", arguments: all)
    func replay(_ example: FuzzCounterexample) throws {
        let site = try FuzzSite()
        defer { site.remove() }
        let problems = try site.check(example.path, example.text)
        guard let at = example.at else {
            #expect(problems.isEmpty, "\(example.name) should build: \(problems)")
            return
        }
        #expect(problems.contains { $0.location.description.hasPrefix(at) && $0.message.contains(example.message) },
                "\(example.name): expected '\(example.message)' at \(at), got:\n\(problems.map(\.description).joined(separator: "\n"))")
    }
}
