/// An authorised provider (anordnare), checked against `site.yml`.
public struct Provider: Sendable {
    public var id: String
    public var name: String
    public var summary: String
    public var programmes: [String]
    public var languages: [String]
    public var districts: [String]
    public var methods: [String]
    public var website: WebLink?
    public var phone: PhoneNumber?
    public var email: EmailAddress?
    public var address: String?
    public var groupSize: String?
    public var staff: String?
    public var premises: String?
    public var accessibility: String?
    /// The offering, as Markdown; rendered by the Render step.
    public var body: MarkdownSource
}

/// Markdown text and the line of the file where it starts.
public struct MarkdownSource: Sendable {
    public var text: String
    public var file: String
    public var firstLine: Int
}
