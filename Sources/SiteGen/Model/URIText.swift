/// Which characters may stand in a web address as they are (RFC 3986 §2), and how the
/// others are written: as `%` and two hex digits per UTF-8 octet.
///
/// One rule for every place an address is published, so a page's `href` and a calendar's
/// `URL:` are the same string: ``WebLink`` stores its address encoded, and
/// ``ICalendarWriter`` encodes again (a no-op then) for events made in code.
public enum URIText {
    /// The ASCII characters RFC 3986 allows nowhere in a URI: control characters, space and
    /// `"` `<` `>` `\` `^` `` ` `` `{` `|` `}`. An editor's address containing one is a
    /// mistake (a quote or a bracket pasted with it), not a character to encode.
    public static func forbidden(in text: String) -> [Unicode.Scalar] {
        var found: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where scalar.isASCII && !isAllowed(scalar) && scalar != "%" && !found.contains(scalar) {
            found.append(scalar)
        }
        return found
    }

    /// `text` as a valid URI: every character RFC 3986 does not allow percent-encoded as
    /// UTF-8, as RFC 3987 §3.1 maps an IRI to a URI (`möte` → `m%C3%B6te`). A `%` not
    /// followed by two hex digits becomes `%25`, a second `#` becomes `%23`, and `[` `]`
    /// (allowed only around an IPv6 host, which a ``WebLink`` never has) become `%5B` `%5D`.
    /// Encoding an encoded address changes nothing.
    public static func encoded(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = ""
        var seenFragment = false
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "%" where index + 2 < scalars.count && scalars[index + 1].isHexDigit && scalars[index + 2].isHexDigit:
                result += "%"
            case "#" where !seenFragment:
                seenFragment = true
                result += "#"
            case "[", "]", "#", "%":
                result += percent(scalar)
            case _ where isAllowed(scalar):
                result.unicodeScalars.append(scalar)
            default:
                result += percent(scalar)
            }
        }
        return result
    }

    /// Unreserved and reserved characters (RFC 3986 §2.2, §2.3).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", ".", "_", "~": true
        case ":", "/", "?", "#", "[", "]", "@": true
        case "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=": true
        default: false
        }
    }

    /// `%C3%B6` for `ö`.
    private static func percent(_ scalar: Unicode.Scalar) -> String {
        String(scalar).utf8.map { "%" + String($0, radix: 16, uppercase: true).leftPadded(to: 2) }.joined()
    }
}

private extension Unicode.Scalar {
    var isHexDigit: Bool { ("0"..."9").contains(self) || ("a"..."f").contains(self) || ("A"..."F").contains(self) }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
