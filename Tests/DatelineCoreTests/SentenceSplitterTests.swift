import Testing
@testable import DatelineCore

@Suite struct SentenceSplitterTests {
    let segmenter = try! TextSegmenter.bundled()

    func texts(_ body: String) -> [String] { segmenter.sentences(of: body).map(\.text) }

    @Test func splitsOnFullStopsBeforeCapitals() {
        #expect(texts("Troops crossed the river. Officials confirmed it! Was it planned? Nobody knows.")
            == ["Troops crossed the river.", "Officials confirmed it!", "Was it planned?", "Nobody knows."])
    }

    @Test(arguments: [
        "The U.S. envoy arrived in Warsaw on Friday to meet officials.",
        "Gen. Smith said the attack began on Aug. 6 near the border.",
        "Lt. Col. Jones met Dr. Brown at 3 p.m. on the base.",
        "The zone covers 1,000 sq. km of farmland near the town.",
        "J. R. Walker wrote the report for the ministry.",
        "The rouble lost 8.5% against the dollar in a week.",
    ])
    func keepsAbbreviationsInsideOneSentence(_ sentence: String) {
        #expect(texts(sentence) == [sentence])
    }

    @Test func aQuotationThatSpansSentencesIsOnePassage() {
        let body = "“We hold the line. We will not retreat,” the commander said. Shelling resumed."
        #expect(texts(body) == ["“We hold the line. We will not retreat,” the commander said.", "Shelling resumed."])
    }

    @Test func aSentenceEndingInAQuoteKeepsTheClosingMark() {
        let body = "She wrote: “The talks are over.” The ministry declined to comment."
        #expect(texts(body) == ["She wrote: “The talks are over.”", "The ministry declined to comment."])
    }

    @Test func anUnclosedQuoteDoesNotSwallowTheParagraph() {
        let long = String(repeating: "Fighting continued in the east. ", count: 30)
        let sentences = texts("“This is unclosed. " + long)
        #expect(sentences.count > 20)
    }

    @Test func offsetsPointIntoTheBody() {
        let body = "Première phrase ici. Ça 🚀 marche — with “quotes”.\n\nThird paragraph here."
        let scalars = Array(body.unicodeScalars)
        for sentence in segmenter.sentences(of: body) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[sentence.span.start..<sentence.span.end])
            #expect(String(view) == sentence.text)
        }
        #expect(segmenter.sentences(of: body).map(\.paragraph) == [0, 0, 1])
    }
}

@Suite struct ParagraphAndKindTests {
    let segmenter = try! TextSegmenter.bundled()

    @Test func oneParagraphPerLineWhenLinesAreProse() {
        let body = "First report ends here.\nSecond report ends here.\nThird one too."
        #expect(segmenter.sentences(of: body).map(\.paragraph) == [0, 1, 2])
    }

    @Test func hardWrappedTextJoinsWithinBlankLineBlocks() {
        let body = """
        The offensive began early on
        Tuesday, officials said, and
        continued through the night.

        A second paragraph follows
        here and it is also wrapped
        at a short width for mail.
        """
        let sentences = segmenter.sentences(of: body)
        #expect(sentences.count == 2)
        #expect(sentences.map(\.paragraph) == [0, 1])
    }

    @Test func captionsPromotionsAndHeadlinesAreRecognisedByCues() {
        let body = """
        Floods hit the valley towns
        Rescuers reached the valley on Monday after the river burst its banks.
        Rescue boats on the flooded main street of the town. Photo: Reuters
        Sign up for our morning briefing, sent to your inbox every day.
        Enjoy our award-winning podcast on your commute.
        Embed failed to load. The App Key is missing from this page.
        Follow our live coverage for more.
        Volunteers were asked to bring sandbags.
        """
        let kinds = segmenter.sentences(of: body).map(\.kind)
        #expect(kinds == [.headline, .body, .caption, .caption, .boilerplate, .boilerplate, .boilerplate, .boilerplate, .boilerplate, .body])
    }

    @Test func aLongRunOnLineLowerDownIsProseNotASubheading() {
        let body = "Opening line of the report ends here.\nSecond sentence ends as well.\nElsewhere, the army said it was pressing on towards the junction town, a logistics hub around 40km west of the regional capital"
        #expect(segmenter.sentences(of: body).last?.kind == .body)
    }
}
