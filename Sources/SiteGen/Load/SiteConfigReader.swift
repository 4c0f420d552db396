import Foundation

/// Reads `Content/site.yml` into a ``SiteConfig``; single-file checks only.
enum SiteConfigReader {
    static func read(_ source: SourceFile) throws(DiagnosticError) -> SiteConfig {
        let node = try YAMLReader.parse(source.text, file: source.path)
        var fields = FieldReader(node, file: source.path)
        let title = fields.text("title", required: true)
        let organisation = fields.text("organisation", required: true)
        let language = fields.text("language", required: true)
        let baseURL = fields.text("baseURL")
        let description = fields.text("description", required: true, maxLength: 300)
        let dataPublished = fields.text("dataPublished")
        // The ids as written, with their places, for the checks below.
        var programmeIDs: [Located<String>] = [], questionIDs: [Located<String>] = []
        var kindIDs: [Located<String>] = [], audienceIDs: [Located<String>] = []
        let programmes = fields.groups("programmes", required: true) { item -> Programme? in
            let id = item.text("id", required: true)
            if let id { programmeIDs.append(id) }
            let name = item.text("name", required: true)
            let description = item.text("description", required: true)
            guard let id, let name, let description else { return nil }
            return Programme(id: id.value, name: name.value, description: description.value)
        }
        var reversedYears: [(last: Located<Int>, first: Int)] = []
        let questions = fields.groups("questions") { item -> SurveyQuestion? in
            let id = item.text("id", required: true)
            if let id { questionIDs.append(id) }
            let area = item.text("area", required: true)
            let text = item.text("text", required: true)
            let firstYear = item.integer("firstYear", in: CSVNumber.years)
            let lastYear = item.integer("lastYear", in: CSVNumber.years)
            if let firstYear, let lastYear, lastYear.value < firstYear.value {
                reversedYears.append((lastYear, firstYear.value))
                return nil
            }
            guard let id, let area, let text else { return nil }
            return SurveyQuestion(id: id.value, area: area.value, text: text.value,
                                  years: (firstYear?.value ?? Int.min)...(lastYear?.value ?? Int.max))
        }
        let districts = fields.texts("districts", required: true)
        let languages = fields.texts("languages", required: true)
        let suppression = fields.group("suppression") { group -> SuppressionRule in
            var rule = SuppressionRule()
            if let value = group.integer("minimumAnswers", in: 1...1000) { rule.minimumAnswers = value.value }
            if let value = group.integer("minimumEnded", in: 1...1000) { rule.minimumEnded = value.value }
            return rule
        }
        let calendar = fields.group("calendar") { group -> (domain: Located<String>?, kinds: [CalendarCategory], audiences: [CalendarCategory]) in
            let domain = group.text("domain")
            func category(_ item: inout FieldReader, ids: inout [Located<String>]) -> CalendarCategory? {
                let id = item.text("id", required: true)
                let name = item.text("name", required: true)
                if let id { ids.append(id) }
                guard let id, let name else { return nil }
                return CalendarCategory(id: id.value, name: name.value)
            }
            let kinds = group.groups("kinds", required: true) { category(&$0, ids: &kindIDs) } ?? []
            let audiences = group.groups("audiences", required: true) { category(&$0, ids: &audienceIDs) } ?? []
            return (domain, kinds, audiences)
        }
        fields.finish()
        var diagnostics = fields.diagnostics
        if let domain = calendar?.domain, !Self.isDomain(domain.value) {
            diagnostics.error(domain.location, "'domain' must be a domain name such as jobbpeng.nacka.example, found '\(domain.value)'",
                              hint: "write only the name, without https:// and without a path")
        }
        AddressNames.checkIDs(programmeIDs, what: "programme", plural: "programme", diagnostics: &diagnostics)
        AddressNames.checkIDs(kindIDs, what: "calendar kind", plural: "kind", diagnostics: &diagnostics)
        AddressNames.checkIDs(audienceIDs, what: "calendar audience", plural: "audience", diagnostics: &diagnostics)
        // Compare pages filter at jamfor/<programme>/omrade-<district>/ and …/sprak-<language>/.
        AddressNames.checkNames(districts ?? [], list: "districts", prefix: "omrade-", diagnostics: &diagnostics)
        AddressNames.checkNames(languages ?? [], list: "languages", prefix: "sprak-", diagnostics: &diagnostics)
        for (last, first) in reversedYears {
            diagnostics.error(last.location, "'lastYear' \(last.value) is before 'firstYear' \(first)",
                              hint: "write the first year the survey asked the question, then the last")
        }
        for duplicate in Duplicates.find(questionIDs, by: \.value) {
            let first = questionIDs.first { $0.value == duplicate.value }!
            diagnostics.error(duplicate.location, "the question id '\(duplicate.value)' is used twice",
                              hint: "the first is at \(first.location); give each question its own id")
        }
        if let baseURL, WebLink(baseURL.value) == nil {
            diagnostics.error(baseURL.location, "'baseURL' must be an http or https address, found '\(baseURL.value)'",
                              hint: "write it in full, e.g. https://www.example.se/jobbpeng/")
        }
        var publishedDate: Date?
        if let dataPublished {
            publishedDate = BuildDate.parse(dataPublished.value)
            if publishedDate == nil || dataPublished.value.count != 10 {
                diagnostics.error(dataPublished.location, "'dataPublished' must be a date written 2023-03-15, found '\(dataPublished.value)'",
                                  hint: "year, month and day with dashes")
            }
        }
        try diagnostics.check()
        guard let title, let organisation, let language, let description, let programmes,
              let districts, let languages else { throw DiagnosticError([]) }
        return SiteConfig(
            title: title.value, organisation: organisation.value, language: language.value,
            baseURL: baseURL?.value, description: description.value, dataPublished: publishedDate,
            programmes: programmes, questions: questions ?? [],
            districts: districts.map(\.value), languages: languages.map(\.value),
            suppression: suppression ?? SuppressionRule(),
            calendar: calendar.map { calendar in
                CalendarConfig(kinds: calendar.kinds, audiences: calendar.audiences,
                               domain: calendar.domain?.value ?? baseURL.flatMap { URLComponents(string: $0.value)?.host }
                                   ?? CalendarConfig.fallbackDomain)
            })
    }
}

extension SiteConfigReader {
    /// Letters, digits, '-' and dots between labels: enough to keep a UID well-formed.
    static func isDomain(_ text: String) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { label in
            !label.isEmpty && !label.hasPrefix("-") && label.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
            }
        }
    }
}

/// Finds the second and later occurrences of the same key in a list.
enum Duplicates {
    static func find<T, Key: Hashable>(_ items: [T], by key: (T) -> Key) -> [T] {
        var seen = Set<Key>()
        return items.filter { !seen.insert(key($0)).inserted }
    }
}
