/// Paragraphs → sentences with their kind and offsets into the article body.
public struct TextSegmenter: Sendable {
    let splitter: SentenceSplitter
    let classifier: SentenceClassifier

    public static func bundled() throws -> TextSegmenter {
        TextSegmenter(splitter: try .bundled(), classifier: try .bundled())
    }

    public func sentences(of body: String) -> [Sentence] {
        let text = ScalarText(body)
        var result: [Sentence] = []
        for (p, paragraph) in ParagraphSplitter.paragraphs(in: text).enumerated() {
            let kind = classifier.kind(of: text, paragraph: paragraph, index: p)
            for range in splitter.sentences(in: text, paragraph: paragraph) {
                result.append(Sentence(span: text.span(range), paragraph: p, index: result.count, kind: kind))
            }
        }
        return result
    }
}
