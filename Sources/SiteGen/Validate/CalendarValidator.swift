/// Checks the calendar's events against `site.yml`: every kind and audience exists, and no
/// event id takes an address the calendar uses itself.
enum CalendarValidator {
    /// Addresses under `kalender/` that the generator writes; an event file may not take them.
    static func isReserved(_ id: String) -> Bool {
        id == "tidigare" || id.hasPrefix("typ-") || id.hasPrefix("for-")
    }

    static func validate(_ events: [RawEvent], config: SiteConfig, diagnostics: inout Diagnostics) -> [SiteEvent] {
        guard let calendar = config.calendar else {
            if let first = events.first {
                diagnostics.error(SourceLocation(file: first.body.file), "there are calendar files but no 'calendar:' in Content/site.yml",
                                  hint: "add 'calendar:' with its 'kinds' and 'audiences', as docs/innehallsguide.md shows")
            }
            return []
        }
        return events.map { raw in
            if isReserved(raw.event.id) {
                diagnostics.error(SourceLocation(file: raw.body.file), "the file name '\(raw.event.id).md' is used by the calendar itself",
                                  hint: "names may not be 'tidigare' or start with 'typ-' or 'for-'; rename the file")
            }
            let kinds = calendar.kinds.map(\.id)
            if !kinds.contains(raw.kind.value) {
                diagnostics.error(raw.kind.location, "'\(raw.kind.value)' in 'typ' is not in 'calendar.kinds' in Content/site.yml",
                                  hint: Suggestion.hint(for: raw.kind.value, among: kinds)
                                      ?? "choose from: \(kinds.joined(separator: ", ")), or add it to site.yml")
            }
            let audiences = calendar.audiences.map(\.id)
            for audience in raw.audiences where !audiences.contains(audience.value) {
                diagnostics.error(audience.location, "'\(audience.value)' in 'malgrupp' is not in 'calendar.audiences' in Content/site.yml",
                                  hint: Suggestion.hint(for: audience.value, among: audiences)
                                      ?? "choose from: \(audiences.joined(separator: ", ")), or add it to site.yml")
            }
            for duplicate in Duplicates.find(raw.audiences, by: \.value) {
                diagnostics.error(duplicate.location, "'\(duplicate.value)' is listed twice in 'malgrupp'", hint: "list each one once")
            }
            let chosen = Set(raw.audiences.map(\.value))
            return SiteEvent(event: raw.event, kind: raw.kind.value, audiences: audiences.filter(chosen.contains),
                             contact: raw.contact, cancellationReason: raw.cancellationReason, notes: raw.notes, body: raw.body)
        }
    }
}
