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
///
/// Only an address: a `mailto:` link reads `?subject=`, `&body=`, `,` and `;` as more
/// (a prefilled text, a second recipient), so an editor's field that held them would
/// publish a link that does something else than write to the provider. The address is
/// therefore letters, digits and `. _ - +` before one `@`, and a domain of at least two
/// labels of letters, digits and `-` after it.
public struct EmailAddress: Sendable, Hashable {
    public let address: String
    public var href: String { "mailto:" + address }

    /// Why a text is not an address.
    public enum Problem: Sendable, Hashable {
        /// Written as a link, `mailto:kontakt@example.se`.
        case mailtoPrefix
        /// `?`, `&`, `,` or `;`: a subject, a text or a second address.
        case moreThanAddress
        case space
        case severalAts
        case malformed
    }

    public init?(_ text: String) {
        guard Self.problem(text) == nil else { return nil }
        self.address = text
    }

    /// What is wrong with `text` as an address, or nil when it is one.
    public static func problem(_ text: String) -> Problem? {
        if text.lowercased().hasPrefix("mailto:") { return .mailtoPrefix }
        if text.contains(where: { "?&,;".contains($0) }) { return .moreThanAddress }
        if text.contains(where: \.isWhitespace) { return .space }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count > 2 { return .severalAts }
        guard parts.count == 2, isLocalPart(parts[0]), isDomain(parts[1]) else { return .malformed }
        return nil
    }

    private static func isLocalPart(_ text: Substring) -> Bool {
        !text.isEmpty && !text.hasPrefix(".") && !text.hasSuffix(".") && !text.contains("..")
            && text.allSatisfy { $0.isLetter || ("0"..."9").contains($0) || "._-+".contains($0) }
    }

    private static func isDomain(_ text: Substring) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { label in
            !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isLetter || ("0"..."9").contains($0) || $0 == "-" }
        }
    }
}
