/// Makes text from the web safe to print on a terminal: no control characters, no escape sequences,
/// no bidirectional overrides that could disguise what is shown.
public enum TerminalText {
    /// The text on one line: escape sequences removed, control and format characters dropped, line breaks
    /// and tabs turned into spaces, runs of spaces collapsed.
    public static func safeLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\u{1B}" || scalar == "\u{9B}" {
                skipEscapeSequence(after: scalar, in: &scalars)
                continue
            }
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == " " || scalar == "\u{A0}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if isUnsafe(scalar) { continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(scalar)
        }
        return String(out)
    }

    /// The text with its line breaks kept (for `show`): every line made safe on its own.
    public static func safeBlock(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { safeLine(String($0)) }.joined(separator: "\n")
    }

    /// JSON text as an encoder wrote it, with every DEL, C1 control, line or paragraph separator and bidirectional
    /// control written as a `\uXXXX` escape: the same string to a JSON reader, but nothing in the bytes that moves a
    /// terminal's cursor or reverses what a reader of `less` or a log sees. (Outside strings JSON is ASCII, so every such
    /// character is inside one.) The text itself when it holds none, which is the usual case.
    public static func jsonSafe(_ json: String) -> String {
        // DEL is 7F; C1 is C2 80–9F; U+061C is D8 9C; the rest are E2 80 8E–AF and E2 81 A6–A9.
        guard json.utf8.contains(where: { $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if isHiddenInJSON(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: false)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isHiddenInJSON(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value == 0x7F || (0x80...0x9F).contains(value) || value == 0x061C || value == 0x200E || value == 0x200F
            || (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// Cuts text to at most `width` columns, ending in "…" when cut. Wide characters (CJK, emoji) count as two.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if columns(text) <= width { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = columns(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// Rows (the header row first) padded into columns two spaces apart, one line each, without a newline.
    /// Columns in `rightAligned` are padded on the left; widths are counted in terminal columns.
    public static func alignedColumns(_ rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        var widths: [Int] = []
        for row in rows {
            for (column, cell) in row.enumerated() {
                if column == widths.count { widths.append(0) }
                widths[column] = max(widths[column], columns(cell))
            }
        }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - columns(cell))
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ")
        }
    }

    /// How many terminal columns a text takes.
    public static func columns(_ text: String) -> Int { text.reduce(0) { $0 + columns($1) } }

    static func columns(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let value = scalar.value
        if scalar.properties.isEmojiPresentation { return 2 }
        if (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value) {
            return 2
        }
        return 1
    }

    /// The text with escape sequences and control, bidi and invisible format characters taken out, its line
    /// breaks, tabs and spacing kept as they are: for data a person may print on a terminal (an export).
    public static func stripped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) && $0 != "\n" && $0 != "\t" && $0 != "\r" }) else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\u{1B}" || scalar == "\u{9B}" {
                skipEscapeSequence(after: scalar, in: &scalars)
            } else if scalar == "\n" || scalar == "\t" || scalar == "\r" || !isUnsafe(scalar) {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) { return true }
        // Bidirectional embeddings, overrides and isolates; zero-width and other invisible format characters.
        if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F
            || value == 0x061C || value == 0xFEFF || (0xFFF9...0xFFFB).contains(value) {
            return true
        }
        return false
    }

    /// Skips the rest of an ANSI/VT escape sequence (CSI, OSC, DCS and two-character escapes).
    private static func skipEscapeSequence(after introducer: Unicode.Scalar, in scalars: inout String.UnicodeScalarView.Iterator) {
        var kind: Unicode.Scalar? = introducer == "\u{9B}" ? "[" : scalars.next()
        switch kind {
        case "[":
            // CSI: parameters and intermediates up to a final byte 0x40–0x7E.
            while let next = scalars.next() {
                if (0x40...0x7E).contains(next.value) { return }
            }
        case "]", "P", "X", "^", "_":
            // OSC/DCS/SOS/PM/APC: up to BEL or ESC \.
            while let next = scalars.next() {
                if next == "\u{07}" || next == "\u{9C}" { return }
                if next == "\u{1B}" { _ = scalars.next(); return }
            }
        default:
            kind = nil
        }
    }
}
