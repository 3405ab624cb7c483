import Testing
import WebcareCore

/// The key an item is stored under, and what a reply pointing at an item may find it by.
@Suite struct ItemKeyTests {
    @Test(arguments: [
        (FeedItem(id: "tag:forum,2026:42", url: "https://forum.example/t/42", text: "x"), "id:tag:forum,2026:42", "tag:forum,2026:42"),
        (FeedItem(id: "", url: "https://forum.example/t/42", text: "x"), "url:https://forum.example/t/42", "https://forum.example/t/42"),
        (FeedItem(title: "Telvio", text: "storing"), ItemKey.hash(title: "Telvio", text: "storing").rawValue, nil),
    ])
    func anItemIsKeyedByItsIdElseItsLinkElseAHash(item: FeedItem, key: String, reference: String?) {
        #expect(item.stableKey == key)
        #expect(item.itemKey.reference == reference)
    }

    @Test func aHashKeyDependsOnTitleAndTextAndNothingElse() {
        let key = ItemKey.hash(title: "Telvio", text: "storing")
        #expect(key.rawValue.hasPrefix("hash:"))
        #expect(key == ItemKey.hash(title: "Telvio", text: "storing"))
        #expect(key != ItemKey.hash(title: "Telvio", text: "storing!"))
        #expect(key != ItemKey.hash(title: "Telviostoring", text: ""), "title and text are kept apart")
    }

    @Test func aReplyPointingAtAReferenceFindsTheItemByItsIdOrItsLink() {
        #expect(ItemKey.candidates(forReference: "https://blog.example/p/1").map(\.rawValue)
                == ["id:https://blog.example/p/1", "url:https://blog.example/p/1"])
    }
}
