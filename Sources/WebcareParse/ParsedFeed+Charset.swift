import WebcareXML

extension ParsedFeed {
    /// Adds what reading the document's charset took: the charset choice's warnings and counts, and, when libxml2
    /// stopped converting the document at a byte it could not read, a warning saying how much was lost.
    mutating func record(_ charset: DocumentCharset.Choice, encodingStop: XMLEncodingStop?) {
        warnings += charset.warnings
        recoveredBytes += charset.recoveredBytes
        droppedBytes += charset.droppedBytes
        guard let stop = encodingStop else { return }
        droppedBytes += stop.unreadBytes
        let named = charset.label ?? charset.encoding ?? "the charset it declares"
        warnings.append("the document stops being readable as \(named) on line \(stop.line): the last \(stop.unreadBytes) bytes "
            + "were not read; if the document is in another charset, set the source's \"encoding\"")
    }
}
