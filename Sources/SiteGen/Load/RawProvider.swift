/// A provider file as written: typed and format-checked, not yet checked against
/// `site.yml` (that is the Validate step's job).
public struct RawProvider: Sendable {
    public var id: Located<String>
    public var name: Located<String>
    public var summary: String
    public var programmes: [Located<String>]
    public var languages: [Located<String>]
    public var districts: [Located<String>]
    public var methods: [String]
    public var website: WebLink?
    public var phone: PhoneNumber?
    public var email: EmailAddress?
    public var address: String?
    public var groupSize: String?
    public var staff: String?
    public var premises: String?
    public var accessibility: String?
    public var body: MarkdownSource

    /// The provider as far as it could be read, and the problems of its fields. A provider
    /// whose required fields were read comes back even with other problems, so that its
    /// ids are still checked against `site.yml` and an editor sees every problem in one run.
    static func read(_ document: FrontMatterDocument, id: Located<String>) -> (RawProvider?, [Diagnostic]) {
        var fields = FieldReader(document.frontMatter, file: document.file)
        let name = fields.text("namn", required: true, maxLength: 80)
        let summary = fields.text("sammanfattning", required: true, maxLength: 200)
        let programmes = fields.texts("insatser", required: true)
        let languages = fields.texts("språk", required: true)
        let districts = fields.texts("områden", required: true)
        let methods = fields.texts("metoder")
        let website = fields.text("webbplats")
        let phone = fields.text("telefon")
        let email = fields.text("epost")
        let address = fields.text("besöksadress")
        let groupSize = fields.text("gruppstorlek")
        let staff = fields.text("personal")
        let premises = fields.text("lokaler")
        let accessibility = fields.text("tillgänglighet")
        fields.finish()
        var diagnostics = fields.diagnostics
        let link = website.flatMap {
            WebAddressField.read($0, field: "webbplats", hint: "write the whole address, e.g. https://www.example.se", diagnostics: &diagnostics)
        }
        let phoneNumber = phone.flatMap { value in
            PhoneNumber(value.value) ?? {
                diagnostics.error(value.location, "'telefon' is not a phone number: '\(value.value)'",
                                  hint: "use digits, spaces and '-' only, e.g. \"08-123 456 70\" (in quotes)")
                return nil
            }()
        }
        let emailAddress = email.flatMap { value in
            EmailAddress(value.value) ?? {
                let (message, hint) = Self.emailProblem(value.value)
                diagnostics.error(value.location, message, hint: hint)
                return nil
            }()
        }
        guard let name, let summary, let programmes, let languages, let districts else { return (nil, diagnostics.all) }
        let provider = RawProvider(
            id: id, name: name, summary: summary.value, programmes: programmes, languages: languages,
            districts: districts, methods: (methods ?? []).map(\.value), website: link, phone: phoneNumber,
            email: emailAddress, address: address?.value, groupSize: groupSize?.value, staff: staff?.value,
            premises: premises?.value, accessibility: accessibility?.value,
            body: MarkdownSource(text: document.body, file: document.file, firstLine: document.bodyLine))
        return (provider, diagnostics.all)
    }
}

extension RawProvider {
    /// The message and hint for an `epost` value that is not one address.
    static func emailProblem(_ text: String) -> (message: String, hint: String) {
        switch EmailAddress.problem(text) {
        case .mailtoPrefix?:
            return ("'epost' starts with 'mailto:': '\(text)'",
                    "write only the address, e.g. kontakt@example.se; the site makes the mailto: link")
        case .moreThanAddress?:
            return ("'epost' holds more than an address: '\(text)'",
                    "write only the address; a subject or a text (?subject=, &body=) cannot be added to it")
        case .space?:
            return ("'epost' contains a space: '\(text)'", "write the address without spaces, e.g. kontakt@example.se")
        case .severalAts?:
            return ("'epost' has more than one '@': '\(text)'", "write one address, e.g. kontakt@example.se")
        case .malformed?, nil:
            return ("'epost' is not an e-mail address: '\(text)'", "write it like kontakt@example.se")
        }
    }
}
