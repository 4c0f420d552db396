/// Where a YAML text sits in its file: libyaml counts from 0 within the text, an editor
/// from 1 within the file (front matter starts at line 2).
struct YAMLPlace {
    var file: String
    var firstLine: Int

    func location(_ mark: YAMLEventStream.Mark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + firstLine, column: mark.column + 1)
    }

    /// The place of the character that starts at UTF-8 byte `offset` of `text`.
    func location(ofByte offset: Int, in text: String) -> SourceLocation {
        var found = YAMLEventStream.Mark(line: 0, column: 0)
        walk(text) { _, byte, mark in
            found = mark
            return byte < offset
        }
        return location(found)
    }

    /// Every occurrence of one of `scalars` in `text`, with its place.
    func places(in text: String, of scalars: Set<Unicode.Scalar>) -> [(Unicode.Scalar, SourceLocation)] {
        var places: [(Unicode.Scalar, SourceLocation)] = []
        walk(text) { scalar, _, mark in
            if scalars.contains(scalar) { places.append((scalar, location(mark))) }
            return true
        }
        return places
    }

    /// Visits each scalar of `text` with its UTF-8 offset and place, while `visit` returns
    /// true, counting line breaks as an editor does (`\n`, `\r\n` or a lone `\r`). The end
    /// of the text is visited too, as a final `\n`.
    private func walk(_ text: String, _ visit: (Unicode.Scalar, Int, YAMLEventStream.Mark) -> Bool) {
        var mark = YAMLEventStream.Mark(line: 0, column: 0)
        var byte = 0
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            guard visit(scalar, byte, mark) else { return }
            byte += UTF8.width(scalar)
            if scalar == "\n" && afterCarriageReturn {
                afterCarriageReturn = false
            } else if scalar == "\n" || scalar == "\r" {
                mark = YAMLEventStream.Mark(line: mark.line + 1, column: 0)
                afterCarriageReturn = scalar == "\r"
            } else {
                mark.column += 1
                afterCarriageReturn = false
            }
        }
        _ = visit("\n", byte, mark)
    }
}
