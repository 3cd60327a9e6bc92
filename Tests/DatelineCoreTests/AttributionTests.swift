import Testing
@testable import DatelineCore

@Suite struct AttributionTests {
    let extractor: AttributionExtractor

    init() throws { extractor = try AttributionExtractor.bundled() }

    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var claimant: String?
        var side: Side
        var cue: String?
        var description: String { text }
    }

    static let cueForms: [Case] = [
        Case(text: "Zelenskyy said on Friday that the front was holding.", claimant: "Volodymyr Zelenskyy", side: .ukrainian, cue: "Zelenskyy said"),
        Case(text: "“We are holding the line,” said Syrskiy.", claimant: "Oleksandr Syrskyi", side: .ukrainian, cue: "said Syrskiy"),
        Case(text: "The front line is stable, Peskov says.", claimant: "Dmitry Peskov", side: .russian, cue: "Peskov says"),
        Case(text: "Three drones were shot down over Bryansk, according to the regional governor Alexander Bogomaz.", claimant: "Alexander Bogomaz", side: .russian, cue: "according to the regional governor Alexander Bogomaz"),
        Case(text: "A senior Ukrainian commander told Reuters the operation had gone faster than planned.", claimant: "senior Ukrainian commander", side: .ukrainian, cue: "A senior Ukrainian commander told"),
        Case(text: "Gladkow wrote on Telegram that two villages had lost power.", claimant: "Vyacheslav Gladkov", side: .russian, cue: "Gladkow wrote"),
        Case(text: "Budanov said in a video address that the operation would continue.", claimant: "Kyrylo Budanov", side: .ukrainian, cue: "Budanov said"),
        Case(text: "Russia's Defence Ministry reported that it had repelled four attacks.", claimant: "Russian Defence Ministry", side: .russian, cue: "Russia's Defence Ministry reported"),
        Case(text: "Kyiv claimed its forces had reached the outskirts of the town.", claimant: "Kyiv", side: .ukrainian, cue: "Kyiv claimed"),
        Case(text: "The Kremlin announced new measures for the border regions.", claimant: "Kremlin", side: .russian, cue: "The Kremlin announced"),
        Case(text: "Acting governor Alexei Smirnov declared a federal emergency.", claimant: "Alexei Smirnov", side: .russian, cue: "Acting governor Alexei Smirnov declared"),
        Case(text: "Lukashenko added that Belarus had moved troops to its border.", claimant: "Alexander Lukashenko", side: .thirdParty, cue: "Lukashenko added"),
        Case(text: "In a statement, the Institute for the Study of War assessed the gains as significant.", claimant: "Institute for the Study of War", side: .thirdParty, cue: "In a statement, the Institute for the Study of War"),
        Case(text: "The White House has said it was not told of the plan in advance.", claimant: "White House", side: .thirdParty, cue: "The White House has said"),
        Case(text: "Power lines were cut in several districts, Russian news agencies reported.", claimant: "Russian news agencies", side: .russian, cue: "Russian news agencies reported"),
    ]

    @Test(arguments: cueForms)
    func cueForm(_ c: Case) {
        let a = extractor.attribution(in: c.text, previous: nil)
        #expect(a.claimant == c.claimant)
        #expect(a.side == c.side)
        #expect(a.cue == c.cue)
    }

    @Test(arguments: ["Zelenskyy", "Zelenskiy", "Zelensky", "Selenskyj"])
    func spellingsOfOneClaimant(_ spelling: String) {
        let a = extractor.attribution(in: "\(spelling) said the troops would stay.", previous: nil)
        #expect(a.claimant == "Volodymyr Zelenskyy")
        #expect(a.side == .ukrainian)
    }

    @Test func typoInLongSurnameIsTolerated() {
        let a = extractor.attribution(in: "Regional governor Vyacheslav Gladko announced new shelters.", previous: nil)
        #expect(a.claimant == "Vyacheslav Gladkov")
        // A different given name before a near-identical surname is somebody else.
        let b = extractor.attribution(in: "Yuri Podolyak argued that the situation was difficult.", previous: nil)
        #expect(b.claimant != "Mykhailo Podolyak")
    }

    @Test func sideFromRulesForUnknownClaimants() {
        let cases: [(String, Side)] = [
            ("The governor of Russia's Kursk region said the shelling had stopped.", .russian),
            ("Ukrainian officials said the bridge had been destroyed.", .ukrainian),
            ("A pro-Kremlin war blogger wrote that the town had fallen.", .russian),
            ("A German government spokesman said Berlin had not been consulted.", .thirdParty),
            ("Western analysts say the gamble could backfire.", .thirdParty),
        ]
        for (text, side) in cases {
            let a = extractor.attribution(in: text, previous: nil)
            #expect(a.claimant != nil, "\(text)")
            #expect(a.side == side, "\(text)")
        }
    }

    @Test func institutionInsideALongerPhraseIsNotTheClaimant() {
        let a = extractor.attribution(in: "Military bloggers close to Russia's Defence Ministry claimed the attack was repelled.", previous: nil)
        #expect(a.claimant != "Russian Defence Ministry")
        #expect(a.side == .russian)
    }

    @Test func apposition() {
        let a = extractor.attribution(in: "Oleksandr Syrskyi, Ukraine's top commander, said the line had moved.", previous: nil)
        #expect(a.claimant == "Oleksandr Syrskyi")
        #expect(a.cue == "Oleksandr Syrskyi, Ukraine's top commander, said")
    }

    @Test func pronounsAndDefiniteDescriptionsCarryOver() {
        let gladkov = extractor.attribution(in: "Gladkov said the situation was tense.", previous: nil)
        let he = extractor.attribution(in: "“Nobody is leaving,” he added.", previous: gladkov)
        #expect(he.claimant == "Vyacheslav Gladkov")
        #expect(he.side == .russian)
        #expect(he.cue == "he added")

        let ministry = extractor.attribution(in: "Russia's Defence Ministry said 30 drones were destroyed.", previous: nil)
        let again = extractor.attribution(in: "The ministry said it had also hit a fuel depot.", previous: ministry)
        #expect(again.claimant == "Russian Defence Ministry")

        let president = extractor.attribution(in: "Exchanges will continue, the president said.",
                                              previous: extractor.attribution(in: "Zelenskiy said more prisoners were taken.", previous: nil))
        #expect(president.claimant == "Volodymyr Zelenskyy")

        let orphan = extractor.attribution(in: "“We will respond,” she said.", previous: nil)
        #expect(orphan.claimant == nil)
        #expect(orphan.side == .outlet)
    }

    /// A sentence is planned once and resolved against each candidate previous sentence: the plan
    /// must keep every reading that depends on it ("he", "the ministry", "the statement").
    @Test func onePlanResolvesAgainstEachPrevious() throws {
        let gladkov = extractor.attribution(in: "Gladkov said the situation was tense.", previous: nil)
        let ministry = extractor.attribution(in: "Russia's Defence Ministry said 30 drones were destroyed.", previous: nil)
        let woman = extractor.attribution(in: "A Russian woman said her village had been shelled.", previous: nil)
        #expect(woman.claimant != nil)
        func plan(_ text: String) -> AttributionPlan { extractor.plan(tokens: ClaimsTokenizer.tokenize(text), text: text) }

        let he = plan("“Nobody is leaving,” he added.")
        #expect(extractor.attribution(he, previous: gladkov).claimant == "Vyacheslav Gladkov")
        #expect(extractor.attribution(he, previous: woman).claimant == nil, "“he” cannot continue what a woman said")
        #expect(extractor.attribution(he, previous: woman).cue == "he added")
        #expect(extractor.attribution(he, previous: nil).claimant == nil)

        let theMinistry = plan("The ministry said it had also hit a fuel depot.")
        #expect(extractor.attribution(theMinistry, previous: ministry).claimant == "Russian Defence Ministry")
        #expect(extractor.attribution(theMinistry, previous: gladkov).claimant == "ministry",
                "a ministry is not the governor: the phrase itself")
        #expect(extractor.attribution(theMinistry, previous: nil).claimant == "ministry")

        let statement = plan("The statement said 12 drones were downed.")
        #expect(extractor.attribution(statement, previous: ministry).claimant == "Russian Defence Ministry")
        #expect(extractor.attribution(statement, previous: nil).claimant == nil, "a statement by nobody known names nobody")

        // A later cue still counts when an earlier one depends on the previous sentence.
        let both = plan("He added, according to Peskov, that talks were over.")
        #expect(extractor.attribution(both, previous: gladkov).claimant == "Vyacheslav Gladkov")
        #expect(extractor.attribution(both, previous: nil).claimant == "Dmitry Peskov")
        #expect(extractor.attribution(both, previous: woman).claimant == "Dmitry Peskov")
    }

    @Test func outletWhenNobodyIsNamed() {
        let a = extractor.attribution(in: "Ukrainian troops crossed the border early on Tuesday.", previous: nil)
        #expect(a == .outlet)
        // A quoted "said" inside a quotation is not the attribution.
        let b = extractor.attribution(in: "“Everyone said it could not be done.”", previous: nil)
        #expect(b.claimant == nil)
    }

    @Test func hedges() {
        let cases: [(String, [String])] = [
            ("The figures could not be independently verified.", ["could not be independently verified"]),
            ("Reuters was unable to independently verify the claim.", ["unable to independently verify", "claim"]),
            ("Dozens of soldiers were reportedly captured.", ["reportedly"]),
            ("Two bridges are said to have been destroyed, according to unverified reports.", ["said to have", "according to unverified reports"]),
            ("The allegedly abandoned positions were shelled.", ["allegedly"]),
            ("Troops entered the town on Monday.", []),
        ]
        for (text, hedges) in cases {
            #expect(extractor.attribution(in: text, previous: nil).hedges == hedges, "\(text)")
        }
    }

    @Test func passiveVerbsAreNotCues() {
        let a = extractor.attribution(in: "Four people were reported killed in the strike.", previous: nil)
        #expect(a.claimant == nil)
        let b = extractor.attribution(in: "A state of emergency was declared by the Kursk governor, Smirnov, on Friday.", previous: nil)
        #expect(b.claimant == "Alexei Smirnov")
    }

    /// The extractor reuses a sentence's own attribution for its only clause: that is sound only
    /// because the claims of given tokens and attribution equal those found from `previous`.
    @Test func claimsFromAFoundAttributionEqualClaimsFromPrevious() throws {
        let analyzer = try SentenceClaimsAnalyzer.bundled()
        let previous = extractor.attribution(in: "Gladkov said two villages had lost power.", previous: nil)
        for text in ["He added that 12 people were hurt in the drone attack.", "Three drones were shot down, Peskov says."] {
            let tokens = ClaimsTokenizer.tokenize(text)
            let found = analyzer.attribution.attribution(tokens: tokens, text: text, previous: previous)
            #expect(analyzer.analyse(tokens: tokens, text: text, attribution: found) == analyzer.analyse(text, previous: previous))
        }
        #expect(extractor.attribution(in: "He added that 12 people were hurt.", previous: previous).claimant == "Vyacheslav Gladkov",
                "the pronoun takes the previous claimant, so `previous` matters to the reuse")
    }

    @Test func claimantRoleSearchAgreesWithStringContains() {
        for (needle, haystack) in [("ministry", "russian defence ministry spokesman"), ("governor", "vyacheslav gladkov "),
                                   ("", "kremlin"), ("über", "der sprecher über"), ("office", "the office")] {
            #expect(ClaimantResolver.occurs(needle, in: haystack) == haystack.contains(needle), "\(needle) in \(haystack)")
        }
    }
}
