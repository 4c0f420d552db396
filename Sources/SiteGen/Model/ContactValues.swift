import Foundation

/// A web address that is safe to put in `href`: only `https:` and `http:`.
///
/// Mustache escapes HTML but knows nothing of URLs, so a `javascript:` address would
/// pass through a template; the check therefore happens when the value is created.
public struct WebLink: Sendable, Hashable {
    /// The address as a valid URI (``URIText/encoded(_:)``), the same in every `href` and `.ics`.
    public let url: String
    /// The address without scheme, for display, with `%C3%B6` shown as `ö` again: `www.fyrbaken.example`.
    public var display: String {
        var text = url.removingPercentEncoding.flatMap { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? nil : $0 } ?? url
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        return text.hasSuffix("/") ? String(text.dropLast()) : text
    }

    public init?(_ text: String) {
        guard let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), ["https", "http"].contains(scheme),
              let host = components.host, host.contains("."), !text.contains(" ")
        else { return nil }
        self.url = URIText.encoded(text)
    }
}

/// A Swedish phone number as written, and a `tel:` link in international form.
public struct PhoneNumber: Sendable, Hashable {
    public let display: String
    public let href: String

    /// Accepts digits, spaces, `-`, `+` and parentheses; `08-123 456 70` links as `tel:+46812345670`.
    public init?(_ text: String) {
        let allowed = Set("0123456789 -+()")
        guard !text.isEmpty, text.allSatisfy(allowed.contains) else { return nil }
        var digits = text.filter { $0.isNumber || $0 == "+" }
        guard digits.filter(\.isNumber).count >= 5 else { return nil }
        if digits.hasPrefix("00") { digits = "+" + digits.dropFirst(2) }
        else if digits.hasPrefix("0") { digits = "+46" + digits.dropFirst() }
        self.display = text
        self.href = "tel:" + digits
    }
}

/// An e-mail address, linked as `mailto:`.
public struct EmailAddress: Sendable, Hashable {
    public let address: String
    public var href: String { "mailto:" + address }

    public init?(_ text: String) {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !text.contains(where: { $0.isWhitespace || "<>\"'(),;:[]\\".contains($0) })
        else { return nil }
        self.address = text
    }
}
