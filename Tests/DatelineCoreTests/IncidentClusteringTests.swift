import Testing
@testable import DatelineCore

@Suite struct MentionSimilarityTests {
    typealias F = MentionFixtures

    @Test func datesThatCannotBeOneIncidentForbidAMerge() {
        let a = F.mention("a", "dam burst flooding valley", date: "2024-08-10")
        let b = F.mention("b", "dam burst flooding valley", date: "2024-08-14")
        let sim = MentionSimilarity(mentions: [a, b], anchor: nil, continuationCues: F.continuationCues)
        #expect(sim.score(a, b) == nil)
        let reportedLater = F.mention("c", "dam burst flooding valley", date: "2024-08-14", basis: .reported)
        #expect(sim.compatibleDates(a, reportedLater), "a report date within a week after the stated day")
        let reportedMuchLater = F.mention("d", "dam burst flooding valley", date: "2024-08-30", basis: .reported)
        #expect(!sim.compatibleDates(a, reportedMuchLater))
    }

    @Test func backgroundNeverMergesWithTheTimeline() {
        let old = F.mention("a", "battle tanks fortress siege", date: "1943-07-05", basis: .explicit)
        let now = F.mention("b", "battle tanks fortress siege", date: "2024-08-14", basis: .reported)
        let sim = MentionSimilarity(mentions: [old, now], anchor: F.day("2024-08-06"), continuationCues: F.continuationCues)
        #expect(sim.isBackground(old) && !sim.isBackground(now))
        #expect(sim.score(old, now) == nil)
    }

    @Test func sharedFiguresAndRegionsRaiseDisjointRegionsAndOpposedSidesLower() {
        let base = F.mention("a", "army took control settlements", regions: ["North Oblast"], claimant: "General A", side: .ukrainian,
                             figures: [F.figure("settlements", 74)])
        let same = F.mention("b", "army took control settlements", regions: ["North Oblast"], claimant: "General A", side: .ukrainian,
                             figures: [F.figure("settlements", 74)])
        let elsewhere = F.mention("c", "army took control settlements", regions: ["South Oblast"], claimant: "Governor B", side: .russian,
                                  figures: [F.figure("settlements", 74)])
        let sim = MentionSimilarity(mentions: [base, same, elsewhere], anchor: nil, continuationCues: F.continuationCues)
        let close = try! #require(sim.score(base, same))
        let far = try! #require(sim.score(base, elsewhere))
        #expect(close > far + 1.0)
    }

    @Test func rareWordsWeighMoreThanCommonOnes() {
        let common = (0..<20).map { F.mention("x\($0)", "troops region attack", date: "2024-08-14") }
        let a = F.mention("a", "troops region attack ruble currency", date: "2024-08-14")
        let b = F.mention("b", "ruble currency fell", date: "2024-08-14")
        let c = F.mention("c", "troops region attack", date: "2024-08-14")
        let sim = MentionSimilarity(mentions: common + [a, b, c], anchor: nil, continuationCues: F.continuationCues)
        #expect(sim.termOverlap(a.keyTerms, b.keyTerms) > sim.termOverlap(a.keyTerms, c.keyTerms))
    }
}

@Suite struct IncidentClustererTests {
    typealias F = MentionFixtures

    @Test func groupsReportsOfOneIncidentAcrossOutletsAndKeepsOthersApart() {
        let mentions = [
            F.mention("a", "governor declared regional state emergency shelling", regions: ["East Oblast"], type: "emergency"),
            F.mention("b", "governor declared state emergency region shelling", regions: ["East Oblast"], type: "emergency"),
            F.mention("c", "emergency declared governor region", regions: ["East Oblast"], type: "emergency"),
            F.mention("a", "currency fell against dollar markets", sentence: 5, type: "economy"),
            F.mention("b", "currency weakened against dollar", sentence: 7, type: "economy"),
            F.mention("c", "bridge repaired engineers river crossing", sentence: 3, regions: ["West Oblast"]),
        ]
        let groups = IncidentClusterer().cluster(mentions, similarity: MentionSimilarity(mentions: mentions, anchor: nil, continuationCues: F.continuationCues))
        #expect(groups.contains([0, 1, 2]))
        #expect(groups.contains([3, 4]))
        #expect(groups.contains([5]))
    }

    @Test func averageLinkageStopsChains() {
        // a~b and b~c are strong, a and c share nothing: one strong link is not enough to chain all three
        // when the average over cross pairs falls below the threshold.
        let a = F.mention("a", "alpha bravo charlie delta echo", terms: ["alpha", "bravo", "charlie", "delta", "echo"])
        let b = F.mention("b", "x", terms: ["alpha", "bravo", "charlie", "delta", "echo", "kilo", "lima", "mike", "november", "oscar"])
        let c = F.mention("c", "y", terms: ["kilo", "lima", "mike", "november", "oscar"])
        let groups = IncidentClusterer().cluster([a, b, c], similarity: MentionSimilarity(mentions: [a, b, c], anchor: nil, continuationCues: F.continuationCues))
        #expect(groups.count == 2)
    }
}

@Suite struct IncidentBuilderTests {
    typealias F = MentionFixtures

    @Test func aStatedDateBeatsAReportDateAndTheIncidentTracesToIt() {
        let builder = IncidentBuilder(anchor: F.day("2024-08-06"), outlets: ["a": "Alpha", "b": "Beta"])
        let reported = F.mention("a", "officials confirmed the strike on the depot", date: "2024-08-14", basis: .reported)
        let stated = F.mention("b", "the depot was struck on Monday", date: "2024-08-12", basis: .resolved)
        let incident = builder.incident(from: [reported, stated])
        #expect(incident.time.start.iso == "2024-08-12")
        #expect(incident.basis == .resolved)
        #expect(incident.datingMention.articleID == "b")
        #expect(!incident.background)
        #expect(incident.sourceCount == 2)
    }

    @Test func beforeTheAnchorIsBackground() {
        let builder = IncidentBuilder(anchor: F.day("2024-08-06"), outlets: [:])
        let incident = builder.incident(from: [F.mention("a", "the old battle", date: "1943-07-05", basis: .explicit)])
        #expect(incident.background)
    }

    @Test func regionsComeFromMentionsElseFromContextMarkedAsSuch() {
        let builder = IncidentBuilder(anchor: nil, outlets: [:])
        var m = F.mention("a", "troops advanced further")
        m.contextRegions = ["North Oblast"]
        let incident = builder.incident(from: [m])
        #expect(incident.regions == ["North Oblast"])
        #expect(incident.regionsFromContext)
        let named = builder.incident(from: [F.mention("a", "troops advanced", regions: ["East Oblast"])])
        #expect(named.regions == ["East Oblast"] && !named.regionsFromContext)
    }

    @Test func idsAreStableAndDependOnTheFirstMention() {
        let builder = IncidentBuilder(anchor: nil, outlets: [:])
        let a = F.mention("a", "one", start: 10), b = F.mention("b", "two", start: 5)
        #expect(builder.incident(from: [a, b]).id == builder.incident(from: [b, a]).id)
        #expect(builder.incident(from: [a, b]).id == IncidentBuilder.stableID(a))
        #expect(IncidentBuilder.stableID(a) != IncidentBuilder.stableID(b))
        #expect(IncidentBuilder.stableID(a).hasPrefix("ev-") && IncidentBuilder.stableID(a).count == 11)
    }

    @Test func headlinesAreTrimmedExtractsOfAPassage() {
        #expect(HeadlineText.trim("while the governor declared an emergency", limit: 160) == "The governor declared an emergency")
        let long = String(repeating: "word ", count: 60)
        let trimmed = HeadlineText.trim(long, limit: 50)
        #expect(trimmed.count <= 51 && trimmed.hasSuffix("\u{2026}"))
    }
}

@Suite struct DisagreementFinderTests {
    typealias F = MentionFixtures

    @Test func differentValuesFromSourcesAreKeptWithTheirClaimants() {
        let a = F.mention("a", "x", claimant: "President", side: .ukrainian, figures: [F.figure("settlements", 74)])
        let b = F.mention("b", "y", claimant: "Governor", side: .russian, figures: [F.figure("settlements", 28)])
        let c = F.mention("c", "z", figures: [F.figure("settlements", 74)])
        let found = DisagreementFinder.disagreements(in: [a, b, c], outlets: ["a": "A", "b": "B", "c": "C"])
        #expect(found.count == 1)
        #expect(found[0].quantity == "settlements")
        #expect(Set(found[0].claims.map(\.figure.value)) == [74, 28])
        #expect(found[0].claims.contains { $0.claimant == "Governor" && $0.side == .russian && $0.outlet == "B" })
    }

    @Test func agreeingOrOverlappingValuesAreNoDisagreement() {
        let a = F.mention("a", "x", figures: [F.figure("distance", 1, 2, unit: "km")])
        let b = F.mention("b", "y", figures: [F.figure("distance", 1.5, 1.9, unit: "km")])
        #expect(DisagreementFinder.disagreements(in: [a, b], outlets: [:]).isEmpty)
        let miles = F.mention("c", "z", figures: [F.figure("distance", 3.2, 4.8, unit: "km")])
        #expect(DisagreementFinder.disagreements(in: [a, miles], outlets: [:]).count == 1)
    }
}

@Suite struct AnchorClampTests {
    @Test func aWeekStraddlingTheAnchorStartsAtTheAnchor() {
        let builder = IncidentBuilder(anchor: MentionFixtures.day("2024-08-06"), outlets: [:])
        var m = MentionFixtures.mention("a", "troops poured across the border last week")
        m.time = TimeExpression(value: .week(containing: MentionFixtures.day("2024-08-07")), basis: .resolved, phrase: "last week", start: 0, end: 9)
        let incident = builder.incident(from: [m])
        #expect(!incident.background)
        #expect(incident.time.start.iso == "2024-08-06")
        #expect(incident.time.end.iso == "2024-08-11")
        #expect(incident.time.granularity == .week)
    }
}

@Suite struct ContinuationAndIncrementTests {
    typealias F = MentionFixtures

    @Test func aPronounAttributedPassageContinuesTheOneBefore() {
        var first = F.mention("a", "the commander said the town was taken", sentence: 3, claimant: "Commander", terms: ["commander", "town", "taken"])
        first.attribution.cue = "the commander said"
        var second = F.mention("a", "the search is complete, he said", sentence: 4, claimant: "Commander", terms: ["search", "complete"])
        second.attribution.cue = "he said"
        var unrelated = second
        unrelated.sentenceIndex = 9
        let sim = MentionSimilarity(mentions: [first, second, unrelated], anchor: nil, continuationCues: F.continuationCues)
        #expect(sim.continues(second))
        #expect(sim.score(first, second)! > sim.score(first, unrelated)! + 1)
    }

    @Test func anIncrementIsNotADisagreementAboutTheSameCount() {
        var more = F.figure("evacuated", 59_000)
        more.qualifier = "another"
        let a = F.mention("a", "x", figures: [F.figure("evacuated", 200_000)], terms: ["evacuat"])
        let b = F.mention("b", "y", figures: [more], terms: ["evacuat"])
        let c = F.mention("c", "z", figures: [F.figure("evacuated", 132_000)], terms: ["evacuat"])
        let sim = MentionSimilarity(mentions: [a, b, c], anchor: nil, continuationCues: F.continuationCues)
        #expect(sim.figureScore(a.figures, b.figures) < 0)
        #expect(sim.figureScore(a.figures, c.figures) > 0)
    }
}

@Suite struct FigureRangeTests {
    func figure(_ value: Double, _ qualifier: String?) -> Figure {
        var f = MentionFixtures.figure("killed", value)
        f.qualifier = qualifier
        return f
    }

    func sameValue(_ a: Figure, _ b: Figure) -> Bool { FigureRange(a).agrees(with: FigureRange(b)) }

    @Test func qualifiersWidenButDoNotUnboundAValue() {
        #expect(sameValue(figure(8, "more than"), figure(8.5, nil)))
        #expect(sameValue(figure(200_000, "nearly"), figure(190_000, nil)))
        #expect(sameValue(figure(100, "about"), figure(110, "over")))
        #expect(!sameValue(figure(3, "at least"), figure(100, "about")))
        #expect(!sameValue(figure(10_000, "as many as"), figure(300, nil)))
    }

    /// The one-lookup table gives what testing the sets in order gives, "just under" (in two
    /// sets) and case variants included.
    @Test func qualifierTableFollowsTheSetsInOrder() {
        let known = FigureRange.atLeast.union(FigureRange.nearlyBelow).union(FigureRange.atMost).union(FigureRange.approximately)
        for q in known.sorted() + ["", "more", "About", "JUST UNDER", "nearly ", "ov\u{65}\u{301}r", "some other"] {
            let value = 100.0, f = figure(value, q)
            var low = value, high = value
            let l = q.lowercased()
            if FigureRange.atLeast.contains(l) { high = value * 1.2 }
            else if FigureRange.nearlyBelow.contains(l) { low = value * 0.9 }
            else if FigureRange.atMost.contains(l) { low = value * 0.5 }
            else if FigureRange.approximately.contains(l) { low = value * 0.9; high = value * 1.1 }
            let range = FigureRange(f)
            #expect(range.low == low && range.high == high, "\(q)")
        }
        #expect(FigureRange.bounds["just under"] == .nearlyBelow)
    }

    @Test func oneSourceGivingTwoNumbersIsNoDisagreement() {
        let a = MentionFixtures.mention("a", "x", sentence: 1, figures: [figure(3, nil)])
        let b = MentionFixtures.mention("a", "y", sentence: 2, figures: [figure(40, nil)])
        #expect(DisagreementFinder.disagreements(in: [a, b], outlets: [:]).isEmpty)
    }
}
