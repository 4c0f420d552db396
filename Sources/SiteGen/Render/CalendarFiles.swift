import Foundation

/// The calendar as iCalendar files: `kalender.ics` with every event, one feed per kind and
/// per audience that has events, and one file per event (its "Lägg till i kalender").
enum CalendarFiles {
    static func files(_ content: SiteContent) -> [OutputFile] {
        guard let config = content.config.calendar else { return [] }
        let writer = { (name: String) in ICalendarWriter(domain: config.domain, calendarName: name) }
        var files = CalendarPlanner.filters(config, events: content.events).map { filter in
            let name: String = switch filter {
            case .all: content.config.title
            case .kind(let kind): "\(kind.name) – \(content.config.title)"
            case .audience(let audience): "För \(audience.name.lowercased()) – \(content.config.title)"
            }
            return OutputFile(path: filter.feed, contents: Data(writer(name).data(content.events.filter(filter.includes).map(\.event))))
        }
        files += content.events.map { event in
            OutputFile(path: "kalender/\(event.id).ics", contents: Data(writer(event.event.title).data([event.event])))
        }
        return files
    }
}
