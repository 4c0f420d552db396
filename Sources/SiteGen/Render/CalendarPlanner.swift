import Foundation

/// Plans the calendar pages: `kalender/` with the coming twelve months, one page per kind
/// and per audience (plain links, so filtering needs no JavaScript), the archive
/// `kalender/tidigare/`, and a page per event.
struct CalendarPlanner {
    let config: CalendarConfig
    let events: [SiteEvent]
    let schedule: CalendarSchedule
    let baseURL: String?
    let now: Date
    let layout: (PageAddress, String, String) -> LayoutView

    /// What a list page shows: everything, one kind, or one audience.
    enum Filter {
        case all, kind(CalendarCategory), audience(CalendarCategory)

        var directory: String {
            switch self {
            case .all: "kalender"
            case .kind(let kind): "kalender/typ-\(kind.id)"
            case .audience(let audience): "kalender/for-\(audience.id)"
            }
        }

        /// The feed with the same events, relative to the site root.
        var feed: String { directory + ".ics" }

        func includes(_ event: SiteEvent) -> Bool {
            switch self {
            case .all: true
            case .kind(let kind): event.kind == kind.id
            case .audience(let audience): event.audiences.contains(audience.id)
            }
        }
    }

    /// Every filter that has events; an empty kind gets no page and no feed.
    static func filters(_ config: CalendarConfig, events: [SiteEvent]) -> [Filter] {
        [.all] + config.kinds.filter { kind in events.contains { $0.kind == kind.id } }.map(Filter.kind)
            + config.audiences.filter { audience in events.contains { $0.audiences.contains(audience.id) } }.map(Filter.audience)
    }

    func plans() -> [PagePlan] {
        let filters = Self.filters(config, events: events)
        return filters.map { listPlan($0, filters: filters) } + [archivePlan()] + events.map(eventPlan)
    }

    private func listPlan(_ filter: Filter, filters: [Filter]) -> PagePlan {
        let address = PageAddress(directory: filter.directory)
        let (title, lead): (String, String) = switch filter {
        case .all: ("Kalender", "Möten, seminarier och mässor de kommande tolv månaderna. Alla tider är svensk tid.")
        case .kind(let kind): ("Kalender: \(kind.name)", "\(kind.name) de kommande tolv månaderna. Alla tider är svensk tid.")
        case .audience(let audience): ("Kalender för \(audience.name.lowercased())",
                                       "Det som vänder sig till \(audience.name.lowercased()) de kommande tolv månaderna. Alla tider är svensk tid.")
        }
        let items = schedule.upcoming.filter { filter.includes($0.event) }
        let groups: [CalendarFilterView] = [
            ("filter-typ", "Visa bara en typ", filters.filter { if case .audience = $0 { false } else { true } }),
            ("filter-for", "Visa bara det som är för", filters.filter { if case .kind = $0 { false } else { true } }),
        ].map { id, legend, options in
            CalendarFilterView(id: id, legend: legend, links: options.map { option in
                LinkView(text: name(of: option), href: address.root + option.directory + "/", current: option.directory == filter.directory)
            })
        }
        var feeds = [LinkView(text: "Hela kalendern", href: subscribeHref("kalender.ics", root: address.root))]
        if case .all = filter {} else {
            feeds.insert(LinkView(text: title, href: subscribeHref(filter.feed, root: address.root)), at: 0)
        }
        let otherFeeds = filters.dropFirst().filter { $0.directory != filter.directory }.map {
            LinkView(text: name(of: $0), href: address.root + $0.feed)
        }
        let view = CalendarPageView(
            layout: layout(address, title, lead), title: title, lead: lead, filterGroups: groups,
            months: months(items, root: address.root), isEmpty: items.isEmpty,
            emptyText: "Inget är inplanerat de kommande tolv månaderna.", feeds: feeds, otherFeeds: otherFeeds,
            builtISO: CalendarText.iso(now), builtText: CalendarText.dayAndClock(StockholmTime.localTime(at: now)),
            archiveHref: address.root + "kalender/tidigare/", calendarHref: address.root + "kalender/", isArchive: false,
            scriptSrc: address.root + "assets/calendar.js")
        return PagePlan(path: address.file, template: "calendar", view: view)
    }

    private func archivePlan() -> PagePlan {
        let address = PageAddress(directory: "kalender/tidigare")
        let title = "Tidigare möten"
        let lead = "Det som har hänt de senaste tolv månaderna, det senaste först."
        let view = CalendarPageView(
            layout: layout(address, title, lead), title: title, lead: lead, filterGroups: [],
            months: months(schedule.past, root: address.root), isEmpty: schedule.past.isEmpty,
            emptyText: "Inga möten de senaste tolv månaderna.", feeds: [], otherFeeds: [],
            builtISO: CalendarText.iso(now), builtText: CalendarText.dayAndClock(StockholmTime.localTime(at: now)),
            archiveHref: address.root + "kalender/tidigare/", calendarHref: address.root + "kalender/", isArchive: true,
            scriptSrc: address.root + "assets/calendar.js")
        return PagePlan(path: address.file, template: "calendar", view: view)
    }

    private func eventPlan(_ event: SiteEvent) -> PagePlan {
        let address = PageAddress(directory: "kalender/\(event.id)")
        let occurrences = schedule.upcoming(of: event.id).map { occurrenceView($0, root: address.root, showTitle: false) }
        let facts = [FactView(term: "Typ", value: config.kind(event.kind)?.name ?? event.kind),
                     FactView(term: "För", value: SwedishFormat.list(event.audiences.map { (config.audience($0)?.name ?? $0).lowercased() }).capitalizedFirst)]
        let rule = event.event.recurrence.map { rule in
            var view = RuleView(pattern: rule.swedishPattern(start: event.event.time.start).capitalizedFirst)
            switch rule.end {
            case .never: break
            case .count: view.countText = rule.swedishEnd
            case .until(let until):
                view.untilISO = until.stockholmDate.description
                view.untilText = SwedishWords.date(until.stockholmDate)
            }
            return view
        }
        let summary = event.event.recurrence.map { $0.swedishText(start: event.event.time.start).capitalizedFirst }
            ?? CalendarText.day(event.event.time.start.date)
        let view = EventPageView(
            layout: layout(address, event.event.title, "\(config.kind(event.kind)?.name ?? event.kind). \(summary)."),
            title: event.event.title, cancelledReason: event.cancellationReason, facts: facts, rule: rule, contact: event.contact,
            place: event.event.location, link: event.event.url.flatMap(WebLink.init).map { ContactView(text: $0.display, href: $0.url) },
            bodyHTML: Markdown.html(event.body.text, rootPrefix: address.root),
            occurrences: occurrences, hasOccurrences: !occurrences.isEmpty,
            icsHref: address.root + "kalender/\(event.id).ics", calendarHref: address.root + "kalender/",
            scriptSrc: address.root + "assets/calendar.js")
        return PagePlan(path: address.file, template: "event", view: view)
    }

    /// The next three occurrences that take place, for the home page.
    func homeView(root: String) -> HomeCalendarView {
        let next = schedule.upcoming.filter { !$0.occurrence.isCancelled }.prefix(3).map { occurrenceView($0, root: root, showTitle: true) }
        return HomeCalendarView(occurrences: Array(next), isEmpty: next.isEmpty, href: root + "kalender/")
    }

    // MARK: Parts

    private func months(_ items: [CalendarSchedule.Item], root: String) -> [CalendarMonthView] {
        var months: [CalendarMonthView] = []
        for item in items {
            let date = item.occurrence.time.start.date
            let id = "manad-\(date.year)-\(LocalDate.pad(date.month, 2))"
            let view = occurrenceView(item, root: root, showTitle: true)
            if months.last?.id == id { months[months.count - 1].occurrences.append(view) } else {
                months.append(CalendarMonthView(id: id, heading: CalendarText.month(year: date.year, month: date.month), occurrences: [view]))
            }
        }
        return months
    }

    func occurrenceView(_ item: CalendarSchedule.Item, root: String, showTitle: Bool) -> OccurrenceView {
        let occurrence = item.occurrence
        let (start, end) = (occurrence.timing.start, occurrence.timing.end)
        let (startISO, startText, endISO, endText): (String, String, String?, String?) = switch occurrence.time {
        case .timed:
            // From the instants: on a clock-change night the rule's wall-clock times name others.
            (CalendarText.iso(start), CalendarText.dayAndClock(start), CalendarText.iso(end),
             StockholmTime.localTime(at: end).date == StockholmTime.localTime(at: start).date
                ? CalendarText.clock(end) : CalendarText.dayAndClock(end))
        case .allDay(let first, let last):
            (first.description, CalendarText.day(first), first == last ? nil : last.description,
             first == last ? nil : CalendarText.day(last))
        }
        var status: OccurrenceStatusView?
        if occurrence.isCancelled {
            status = OccurrenceStatusView(label: "Inställt", reason: item.event.event.isCancelled ? item.event.cancellationReason : nil)
        } else if occurrence.isChanged && occurrence.time.start != occurrence.originalStart {
            let from = occurrence.originalStart
            status = OccurrenceStatusView(label: "Flyttat", fromISO: occurrence.time.isAllDay ? from.date.description : CalendarText.iso(from),
                                          fromText: occurrence.time.isAllDay ? CalendarText.day(from.date) : CalendarText.dayAndClock(from))
        } else if occurrence.isChanged {
            status = OccurrenceStatusView(label: "Ändrat")
        }
        // On the event's own page the place is said once above; an occurrence repeats it only when it differs.
        let place = showTitle || occurrence.location != item.event.event.location ? occurrence.location : nil
        let link = showTitle ? item.event.event.url.flatMap(WebLink.init).map { ContactView(text: $0.display, href: $0.url) } : nil
        return OccurrenceView(
            title: occurrence.title, href: root + "kalender/\(item.event.id)/", showTitle: showTitle,
            startISO: startISO, startText: startText, endISO: endISO, endText: endText, endsISO: CalendarText.iso(item.end),
            kind: config.kind(item.event.kind)?.name ?? item.event.kind, audience: audienceText(item.event),
            place: place, link: link, hasMeta: showTitle || place != nil || link != nil,
            isCancelled: occurrence.isCancelled, status: status,
            clockChange: occurrence.timing.clockChange.map { ClockChangeView(label: $0.swedishLabel, text: $0.swedishText) },
            note: item.event.notes[occurrence.originalStart])
    }

    /// "För anordnare och arbetsgivare".
    private func audienceText(_ event: SiteEvent) -> String {
        "För " + SwedishFormat.list(event.audiences.map { (config.audience($0)?.name ?? $0).lowercased() })
    }

    private func name(of filter: Filter) -> String {
        switch filter {
        case .all: "Alla"
        case .kind(let kind): kind.name
        case .audience(let audience): audience.name
        }
    }

    /// `webcal://` when the site's address is known, so a click subscribes; otherwise a
    /// plain relative link that downloads the file.
    private func subscribeHref(_ path: String, root: String) -> String {
        guard let baseURL, let components = URLComponents(string: baseURL), let host = components.host else { return root + path }
        return "webcal://" + host + (components.port.map { ":\($0)" } ?? "") + components.path + path
    }
}

extension String {
    /// "Första fredagen varje månad".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
