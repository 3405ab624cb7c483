import Foundation
import WebcareCore

/// The report as one e-mail for `sendmail -t`: a MIME multipart/alternative message with the plain-text report
/// and the HTML page, both UTF-8 and base64 (so no line is too long and no byte is mangled on the way), and a
/// Subject naming the period. Lines end in LF, as sendmail reads them from a pipe.
public enum ReportMail {
    /// Why a message cannot be made: an address sendmail must not be given.
    public struct BadAddress: Error, Sendable, CustomStringConvertible {
        /// The address as given.
        public var address: String

        /// Names the bad address.
        public init(address: String) { self.address = address }

        /// "could not mail the report to ADDRESS: …".
        public var description: String {
            "could not mail the report to \"\(TerminalText.safeLine(address))\": not an e-mail address like webcare@example.nl (one address per --mail-to)"
        }
    }

    /// Whether `address` is one plain address: something@domain, no spaces, commas, angle brackets or control
    /// characters (a header must not be split or given a second recipient), not starting with "-".
    public static func isPlausibleAddress(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !address.hasPrefix("-"), address.utf8.count <= 254 else { return false }
        return address.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && !",;<>()\"\\[]".unicodeScalars.contains($0) }
    }

    /// The Subject: "Webcare report 2026-W47 (Mon 2026-11-16 – Sun 2026-11-22): all brands".
    public static func subject(_ report: WeeklyReport) -> String { ReportRenderer(report).title.replacingOccurrences(of: ", Europe/Amsterdam", with: "") }

    /// The whole message: headers, then the text part and the HTML part. `from` nil leaves the sender to
    /// sendmail (the user running it). The boundary is made from the report's time, so one report always gives
    /// the same message; it holds "=_", which base64 never writes.
    public static func message(_ report: WeeklyReport, to addresses: [String], from: String? = nil) throws(BadAddress) -> String {
        for address in addresses + (from.map { [$0] } ?? []) where !isPlausibleAddress(address) { throw BadAddress(address: address) }
        let renderer = ReportRenderer(report)
        let boundary = "=_webcare-report-\(Int64(report.generatedAt.timeIntervalSince1970))"
        var out = ""
        if let from { out += "From: \(from)\n" }
        out += "To: \(addresses.joined(separator: ", "))\n"
        out += "Subject: \(encodedHeader(subject(report)))\n"
        out += "Date: \(rfc5322Date(report.generatedAt))\n"
        out += "MIME-Version: 1.0\n"
        out += "Content-Type: multipart/alternative; boundary=\"\(boundary)\"\n"
        out += "\nThis is the webcare report in MIME format: a plain-text part and an HTML part.\n"
        for (type, body) in [("text/plain", renderer.render(.text)), ("text/html", renderer.render(.html))] {
            out += "\n--\(boundary)\n"
            out += "Content-Type: \(type); charset=utf-8\n"
            out += "Content-Transfer-Encoding: base64\n\n"
            out += base64Lines(Data(body.utf8))
        }
        return out + "\n--\(boundary)--\n"
    }

    /// The base64 of `data` in lines of 76 characters, each ending in LF.
    static func base64Lines(_ data: Data) -> String {
        let encoded = data.base64EncodedString()
        var out = ""
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            out += encoded[index..<end] + "\n"
            index = end
        }
        return out
    }

    /// A header value as is when it is printable ASCII, else as RFC 2047 encoded words (UTF-8, base64) of at
    /// most 75 characters each, folded onto continuation lines, never splitting a character.
    static func encodedHeader(_ text: String) -> String {
        let safe = TerminalText.safeLine(text)
        if safe.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) { return safe }
        var words: [String] = []
        var chunk = Data()
        for character in safe {
            let bytes = Data(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=")
                chunk = Data()
            }
            chunk.append(bytes)
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=") }
        return words.joined(separator: "\n ")
    }

    /// "Mon, 23 Nov 2026 08:00:00 +0000".
    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, d MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
