/// The one check of the names in `site.yml` that become part of a web address: two names
/// that make the same address, or a name that makes none, are errors at the later name,
/// never a silent merge of two filters into one page.
///
/// Two kinds of name:
/// - *ids* (programmes, calendar kinds and audiences) are the address as written:
///   `jamfor/<programme>/`, `kalender/typ-<kind>/`. Each must be a ``Slug`` and unique.
/// - *names* (districts, languages) are Swedish text, and their address is made by
///   ``Slug/suggest(from:)``: `Älta` → `omrade-alta`. So `Alta` beside `Älta`, or
///   `bosniska-kroatiska-serbiska` beside `bosniska/kroatiska/serbiska`, would share a
///   compare page, which would then say "kunder i Alta" of the providers in Älta; and
///   `日本` or `...` would make none. The compare pages make their addresses with the
///   same function, so what is checked here is what is published.
///
/// The check runs where `site.yml` is read, because only there do the names still carry
/// their line and column. The other names in addresses are file names (providers, free
/// pages, events): ``ContentFolder`` holds them to ``Slug/isValid(_:)``, one folder keeps
/// them apart, and the validators keep them off the addresses the site uses itself.
enum AddressNames {
    /// The longest address part a name may make; the same limit as for file names.
    static let longest = 60

    /// Checks ids: usable as an address as written, and each used once.
    static func checkIDs(_ ids: [Located<String>], what: String, plural: String, diagnostics: inout Diagnostics) {
        var first: [String: SourceLocation] = [:]
        for id in ids {
            if !Slug.isValid(id.value) {
                diagnostics.error(id.location, "the \(what) id '\(id.value)' is not usable in a web address",
                                  hint: "use lowercase a–z, digits and '-' only, e.g. '\(Slug.suggest(from: id.value))'")
            } else if let earlier = first[id.value] {
                diagnostics.error(id.location, "the \(what) id '\(id.value)' is used twice",
                                  hint: "the first is at \(earlier); give each \(plural) its own id")
            } else {
                first[id.value] = id.location
            }
        }
    }

    /// Checks names whose address is made from them: each makes an address of its own.
    static func checkNames(_ names: [Located<String>], list: String, prefix: String, diagnostics: inout Diagnostics) {
        var byName: [String: SourceLocation] = [:]
        var bySlug: [String: Located<String>] = [:]
        for name in names {
            let slug = Slug.suggest(from: name.value)
            if name.value.isEmpty {
                diagnostics.error(name.location, "an empty name in '\(list)'", hint: "write the name, or delete the empty item")
            } else if let earlier = byName[name.value.lowercased()] {
                diagnostics.error(name.location, "'\(name.value)' is listed twice in '\(list)'",
                                  hint: "the first is at \(earlier); list each one once")
            } else if slug.isEmpty {
                diagnostics.error(name.location, "'\(name.value)' in '\(list)' has no letter a–z or digit to make a web address from",
                                  hint: "write the name in Latin letters as it is written in Swedish; å, ä, ö and accents are fine")
            } else if slug.count > longest {
                diagnostics.error(name.location,
                                  "'\(name.value)' in '\(list)' is too long for a web address (\(slug.count) characters; at most \(longest))",
                                  hint: "shorten the name")
            } else if let earlier = bySlug[slug] {
                diagnostics.error(name.location, "'\(name.value)' in '\(list)' makes the same web address as '\(earlier.value)' (\(prefix)\(slug))",
                                  hint: "'\(earlier.value)' is at \(earlier.location); names must differ in more than accents, case and punctuation, so rename one of them")
            } else {
                bySlug[slug] = name
            }
            if byName[name.value.lowercased()] == nil { byName[name.value.lowercased()] = name.location }
        }
    }
}
