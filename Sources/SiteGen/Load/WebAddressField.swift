/// Reads a field that holds a web address (a provider's `webbplats`, an event's `lank`):
/// a character no URI may contain is named, then anything that is not a whole http(s)
/// address is refused, both at the field's value.
enum WebAddressField {
    /// The address as a ``WebLink``, or nil with the problem added to `diagnostics`.
    /// `hint` says what a whole address of the kind the field holds looks like.
    static func read(_ text: Located<String>, field: String, hint: String,
                     diagnostics: inout Diagnostics) -> WebLink? {
        let forbidden = URIText.forbidden(in: text.value)
        guard forbidden.isEmpty else {
            let names = forbidden.map(characterName)
            let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
            diagnostics.error(text.location, "'\(field)' contains \(list), which a web address cannot contain",
                              hint: "copy the address from the browser's address bar; a character that belongs in it is written with % and its code, e.g. a space as %20")
            return nil
        }
        return WebLink(text.value) ?? {
            diagnostics.error(text.location, "'\(field)' must be an address starting with https:// or http://, found '\(text.value)'",
                              hint: hint)
            return nil
        }()
    }

    /// How a message names a character: `a space`, `the control character U+0009`, `'"'`.
    static func characterName(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case " ": "a space"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F:
            "the control character U+" + String(String(scalar.value + 0x10000, radix: 16, uppercase: true).dropFirst())
        default: "'\(scalar)'"
        }
    }
}
