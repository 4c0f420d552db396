import Foundation

/// A calendar file (`Content/kalender/<id>.md`) as written: typed, with everything
/// ``EventCheck`` finds already reported at its field; kind and audiences are checked
/// against `site.yml` by the Validate step.
public struct RawEvent: Sendable {
    public var event: CalendarEvent
    public var kind: Located<String>
    public var audiences: [Located<String>]
    public var contact: String?
    public var cancellationReason: String?
    public var notes: [LocalDateTime: String]
    public var body: MarkdownSource

    /// SEQUENCE is the number of minutes from 2000-01-01 00:00 to `andrad` on the
    /// Stockholm clock, so it rises whenever the editor moves `andrad` forward — the one
    /// thing the guide asks on every change — and never depends on the build.
    static let sequenceEpoch = LocalDateTime(LocalDate(year: 2000, month: 1, day: 1)!, hour: 0, minute: 0)

    /// The event as far as it could be read, and the problems of its fields; nil when a
    /// required field is missing or a time or the rule could not be read.
    static func read(_ document: FrontMatterDocument, id: Located<String>) -> (RawEvent?, [Diagnostic]) {
        var fields = FieldReader(document.frontMatter, file: document.file)
        let title = fields.text("titel", required: true, maxLength: 120)
        let kind = fields.text("typ", required: true)
        let audiences = fields.texts("malgrupp", required: true)
        let startText = fields.text("start", required: true)
        let endText = fields.text("slut")
        let place = fields.text("plats", maxLength: 200)
        let linkText = fields.text("lank")
        let contact = fields.text("kontakt", maxLength: 200)
        let ruleText = fields.inlineText("upprepning")
        let cancelledTexts = fields.texts("installda") ?? []
        let changes = fields.groups("andringar") { item -> WrittenChange? in
            let original = item.text("datum", required: true)
            let start = item.text("start"), end = item.text("slut")
            let place = item.text("plats", maxLength: 200), note = item.text("notering", maxLength: 300)
            guard let original else { return nil }
            return WrittenChange(original: original, start: start, end: end, place: place?.value, note: note?.value)
        } ?? []
        let reason = fields.text("installt", maxLength: 300)
        let modifiedText = fields.text("andrad", required: true)
        fields.finish()
        var diagnostics = fields.diagnostics

        let url = linkText.flatMap {
            WebAddressField.read($0, field: "lank", hint: "write the whole address of the digital meeting, e.g. https://moten.nacka.example/dialog", diagnostics: &diagnostics)?.url
        }
        var times = WrittenTimes(diagnostics: diagnostics)
        let time = startText.flatMap { times.eventTime(start: $0, end: endText) }
        let modified = modifiedText.flatMap { times.modified($0) }
        var rule: RecurrenceRule?
        if let ruleText {
            do throws(RecurrenceRuleError) { rule = try RecurrenceRule.parse(ruleText.value) } catch {
                times.diagnostics.append(contentsOf: error.diagnostics(at: ruleText.location))
            }
        }
        let cancelled = time.map { time in cancelledTexts.compactMap { times.occurrence($0, of: time) } } ?? []
        let overrides = time.map { time in changes.compactMap { times.override($0, of: time) } } ?? []
        diagnostics = times.diagnostics
        guard let title, let kind, let audiences, let time, let modified, let startText,
              cancelled.count == cancelledTexts.count, overrides.count == changes.count,
              ruleText == nil || rule != nil else { return (nil, diagnostics.all) }

        let body = document.body.trimmingCharacters(in: .whitespacesAndNewlines)
        let description = [reason.map { "Inställt: \($0.value)" }, body.isEmpty ? nil : body].compactMap { $0 }.joined(separator: "\n\n")
        var notes: [LocalDateTime: String] = [:]
        for (change, written) in zip(overrides, changes) { notes[change.originalStart] = written.note }
        let event = CalendarEvent(
            id: id.value, title: title.value, description: description.isEmpty ? nil : description, location: place?.value, url: url,
            time: time, recurrence: rule, cancelledOccurrences: cancelled,
            overrides: zip(overrides, changes).map { change, written in
                var change = change
                change.location = written.place
                change.description = written.note.map { note in description.isEmpty ? note : note + "\n\n" + description }
                return change
            },
            isCancelled: reason != nil, sequence: modified.local.minuteNumber - sequenceEpoch.minuteNumber, modified: modified.instant)

        for problem in EventCheck.problems(in: event) {
            let location: SourceLocation
            switch problem.field {
            case .start: location = startText.location
            case .end: location = endText?.location ?? startText.location
            case .recurrence: location = ruleText?.location ?? startText.location
            case .recurrencePart(let name):
                location = ruleText.map { Self.location(ofPart: name, in: $0) } ?? startText.location
            case .cancelledOccurrence(let index): location = cancelledTexts[index].location
            case .override(let index):
                let written = changes[index]
                let timeMessages = EventCheck.timeProblems(overrides[index].time, start: .start, end: .end)
                switch timeMessages.first(where: { $0.message == problem.message })?.field {
                case .start?: location = written.start?.location ?? written.original.location
                case .end?: location = written.end?.location ?? written.start?.location ?? written.original.location
                default: location = written.original.location
                }
            }
            diagnostics.append(contentsOf: [problem.diagnostic(at: location)])
        }
        let raw = RawEvent(event: event, kind: kind, audiences: audiences, contact: contact?.value,
                           cancellationReason: reason?.value, notes: notes,
                           body: MarkdownSource(text: document.body, file: document.file, firstLine: document.bodyLine))
        // Returned even with problems, so its kind and audiences are still checked against
        // site.yml and the editor sees every problem in one run (the build stops anyway).
        return (raw, diagnostics.all)
    }
}

extension RawEvent {
    /// `'"'`, or a name for a character that does not show: `a space`, `U+0009`.
    /// Where the part `name=` starts in the rule as written (one line, so columns add up);
    /// the rule's start when it is not there.
    static func location(ofPart name: String, in rule: Located<String>) -> SourceLocation {
        let scalars = Array(rule.value.uppercased().unicodeScalars)
        let wanted = Array((name + "=").unicodeScalars)
        var location = rule.location
        guard scalars.count >= wanted.count,
              let offset = (0...(scalars.count - wanted.count)).first(where: { start in
                  (start == 0 || scalars[start - 1] == ";") && Array(scalars[start..<start + wanted.count]) == wanted
              }) else { return location }
        location.column += offset
        return location
    }
}

/// One item of `andringar` as written.
struct WrittenChange {
    var original: Located<String>
    var start: Located<String>?
    var end: Located<String>?
    var place: String?
    var note: String?
}
