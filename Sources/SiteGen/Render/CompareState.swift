/// One state of a compare page: the order of the rows and an optional filter.
///
/// Every state is its own pre-rendered page, reached by a plain link, so sorting and
/// filtering work without JavaScript; `assets/compare.js` moves between the same states
/// in place and puts the same address in the URL. The state is in the path, not the
/// query, so a shared link opens the right table in any browser:
///
///     jamfor/grund/                                  name order, no filter
///     jamfor/grund/sortera-nojdhet/                  by NKI
///     jamfor/grund/sprak-arabiska/sortera-nojdhet/   Arabic-speaking staff, by NKI
struct CompareState: Equatable {
    var order: Order = .name
    var filter: Filter = .none

    /// The orders a reader can choose; the first is the default.
    enum Order: String, CaseIterable {
        case name = "namn"
        case share = "egen-forsorjning"
        case nki = "nojdhet"
        case days = "dagar"
        case returned = "aterkommande"

        var label: String {
            switch self {
            case .name: return "Namn"
            case .share: return "Egen försörjning"
            case .nki: return "Nöjdhet"
            case .days: return "Dagar i insats"
            case .returned: return "Få som kom tillbaka"
            }
        }

        /// Best first: high shares and NKI first, few days and few returns first.
        var ascending: Bool { self == .name || self == .days || self == .returned }
    }

    enum Filter: Equatable {
        case none
        case language(String)
        case district(String)

        /// The path segment, which `compare.js` also uses as the filter's key.
        var key: String? {
            switch self {
            case .none: return nil
            case .language(let language): return "sprak-\(Slug.suggest(from: language))"
            case .district(let district): return "omrade-\(Slug.suggest(from: district))"
            }
        }

        func admits(_ provider: Provider) -> Bool {
            switch self {
            case .none: return true
            case .language(let language): return provider.languages.contains(language)
            case .district(let district): return provider.districts.contains(district)
            }
        }
    }

    /// The page's folder below the site root. `compare.js` builds the same paths.
    func directory(_ programme: String) -> String {
        var path = "jamfor/\(programme)"
        if let key = filter.key { path += "/\(key)" }
        if order != .name { path += "/sortera-\(order.rawValue)" }
        return path
    }

    /// How the state reads in the page title: "personal som talar arabiska, sorterat efter nöjdhet".
    var titleParts: [String] { [filterTitle, orderTitle].compactMap { $0 } }

    var filterTitle: String? {
        switch filter {
        case .none: return nil
        case .language(let language): return "personal som talar \(language)"
        case .district(let district): return "i \(district)"
        }
    }

    var orderTitle: String? { order == .name ? nil : "sorterat efter \(order.label.lowercased())" }

    /// The sentence above the table when a filter is on.
    var filterText: String? {
        switch filter {
        case .none: return nil
        case .language(let language): return "Visar anordnare där personalen talar \(language)."
        case .district(let district): return "Visar anordnare som träffar kunder i \(district)."
        }
    }
}

extension CompareState.Order {
    /// Sorts by this measure, best first, hidden figures last, and by Swedish name order
    /// among equals (then by id, so the order is total and the same on every page).
    func areInIncreasingOrder(_ a: ProviderFigures, _ b: ProviderFigures) -> Bool {
        switch (key(a), key(b)) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default:
            if a.provider.name != b.provider.name {
                return SwedishCollation.areInIncreasingOrder(a.provider.name, b.provider.name)
            }
            return a.provider.id < b.provider.id
        }
    }

    private func key(_ figures: ProviderFigures) -> Double? {
        switch self {
        case .name: return 0
        case .share: return figures.selfSufficiency.published.map { -$0.value.proportion }
        case .nki: return figures.nki.published.map { -$0.value }
        case .days: return figures.meanDays.published.map(\.value)
        case .returned: return figures.returned.published.map { $0.value.proportion }
        }
    }
}
