/// Salvages the complete items of a JSON document cut off mid-download, as libxml2's recover mode does for XML.
enum CutOffJSON {
    /// The document up to the last object that closed as an element of an array held directly by the root object
    /// (a JSON Feed's `items`), with the brackets still open closed after it; nil when no such object closed, or
    /// when the root is not an object. The salvaged document drops the cut-off item and every key after `items`.
    static func completeItems(_ bytes: [UInt8]) -> [UInt8]? {
        var stack: [UInt8] = []
        var isInString = false
        var isEscaped = false
        var lastSafeEnd: Int? = nil
        for (index, byte) in bytes.enumerated() {
            if isInString {
                if isEscaped { isEscaped = false }
                else if byte == UInt8(ascii: "\\") { isEscaped = true }
                else if byte == UInt8(ascii: "\"") { isInString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                isInString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if stack.isEmpty, byte != UInt8(ascii: "{") { return nil }
                stack.append(byte)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard let open = stack.popLast(), (open == UInt8(ascii: "{")) == (byte == UInt8(ascii: "}")) else { return nil }
                if byte == UInt8(ascii: "}"), stack == [UInt8(ascii: "{"), UInt8(ascii: "[")] { lastSafeEnd = index + 1 }
            default:
                break
            }
        }
        guard let end = lastSafeEnd, !stack.isEmpty else { return nil }
        return Array(bytes[..<end]) + Array("]}".utf8)
    }
}
