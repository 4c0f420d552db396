import Foundation

/// Sorts names the Swedish way, independent of the machine's locale: å, ä, ö come after
/// z (in that order), `ü` sorts as `y`, other accents are ignored, and case only breaks
/// ties. So "Löwenfeldt" comes after "Lund" (ö after u), and "Zeta" < "Åby" < "Älta" < "Öppna".
public enum SwedishCollation {
    /// A key that compares as Swedish text does.
    public static func key(_ text: String) -> [UInt32] {
        var primary: [UInt32] = []
        var tiebreak: [UInt32] = []
        for character in text {
            let lower = Character(character.lowercased())
            primary.append(weight(of: lower))
            tiebreak.append(character.isUppercase ? 1 : 0)
        }
        return primary + [0] + tiebreak
    }

    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        let (ka, kb) = (key(a), key(b))
        return ka.lexicographicallyPrecedes(kb) || (ka == kb && a < b)
    }

    private static func weight(of character: Character) -> UInt32 {
        switch character {
        case "å": return 0x7B_00
        case "ä", "æ": return 0x7C_00
        case "ö", "ø": return 0x7D_00
        case "ü", "ý", "ÿ": return weight(of: "y") + 1
        default: break
        }
        // Fold other accents onto their base letter (é → e), keeping a small offset so
        // the order stays total.
        let folded = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
        guard let base = folded.first else { return 0 }
        if base.isASCII {
            let value = base.value
            // Spaces and punctuation before digits before letters.
            if ("a"..."z").contains(base) { return value * 0x100 + (folded.count > 1 ? 1 : 0) }
            if ("0"..."9").contains(base) { return 0x30_00 + value }
            return value
        }
        return 0x7E_00 + base.value
    }
}
