import Testing
@testable import DatelineCore

private let aug14 = CalendarDate(year: 2024, month: 8, day: 14)!

@Suite struct TimeNegativeTests {
    /// Words and numbers that look like times but are not.
    @Test(arguments: [
        "Sukhoi Su-34 bombers struck positions near the border.",
        "It was the biggest attack since World War Two.",
        "Ukraine claims more than 1,000 sq km of territory.",
        "More than 100 prisoners were taken.",
        "Ukraine may leave the talks.",
        "It may be an attempt to divert troops.",
        "Activists organised a march on the capital.",
        "Russia deployed 2,000 troops to the area.",
        "Russia deployed 2000 troops to the area.",
        "The bus left at 10:00.",
        "The file was stamped 06/08/2024 by the clerk.",
        "Growth slowed to 8.5 percent.",
        "The front line is more than 600 miles long.",
        "Officials will meet again in two weeks.",
        "The trenches run for 15km along the river.",
        "The soldiers may march further west.",
        "",
    ])
    func findsNothing(_ text: String) {
        #expect(TimeNormalizer(reference: aug14).expressions(in: text).isEmpty)
    }

    @Test func modalMayBesideMonthMay() {
        let found = TimeNormalizer(reference: aug14).expressions(in: "Talks may resume in May, it may be said.")
        #expect(found.map(\.phrase) == ["in May"])
    }

    @Test func timeOfDayIsNotADayButTheWeekdayIsFound() {
        let found = TimeNormalizer(reference: aug14).expressions(in: "Sirens sounded at 23:30 on Tuesday.")
        #expect(found.map(\.phrase) == ["on Tuesday"])
        #expect(found.first?.value?.timex == "2024-08-13")
    }

    @Test func expressionsAreOrderedAndOffsetsCountScalars() {
        // "’" and "–" are multi-byte: offsets must still be scalar counts.
        let text = "Kyiv’s forces – on Monday – advanced; since Aug. 6 they have gained 40 km."
        let found = TimeNormalizer(reference: aug14).expressions(in: text)
        #expect(found.map(\.phrase) == ["on Monday", "since Aug. 6"])
        #expect(found.map(\.start) == found.map(\.start).sorted())
        let scalars = Array(text.unicodeScalars)
        for e in found {
            #expect(String(String.UnicodeScalarView(scalars[e.start..<e.end])) == e.phrase)
        }
    }
}

@Suite struct TimePrimaryTests {
    let n = TimeNormalizer(reference: aug14)

    @Test func skipsSinceAnchors() {
        let p = n.primary(in: "The currency slid on Thursday and has lost 5% since Aug. 1.")
        #expect(p?.phrase == "on Thursday")
        #expect(p?.value?.timex == "2024-08-08")
    }

    @Test func sinceAloneIsNotPrimary() {
        #expect(n.primary(in: "Prices have risen since 2022.") == nil)
    }

    @Test func durationsAreNotPrimary() {
        #expect(n.primary(in: "It's just over a week since the raid on the depot.") == nil)
        #expect(n.primary(in: "For the past three days, sirens have sounded.") == nil)
    }

    @Test func relativeClauseIsSkippedWhenAnotherCandidateExists() {
        #expect(n.primary(in: "The general, who was appointed in 2022, resigned on Friday.")?.phrase == "on Friday")
        #expect(n.primary(in: "The general, who was appointed on Monday, resigned in July.")?.phrase == "in July")
    }

    @Test func relativeClauseCountsWhenItIsAllThereIs() {
        #expect(n.primary(in: "The envoy, who arrived on Monday, met officials.")?.phrase == "on Monday")
    }

    @Test func vagueOnlyWhenNothingElse() {
        #expect(n.primary(in: "Casualties have mounted in recent days.")?.phrase == "in recent days")
        #expect(n.primary(in: "Casualties mounted in recent days and on Tuesday.")?.phrase == "on Tuesday")
    }

    @Test func prefersTheFirstDayOrWeekGranularExpression() {
        #expect(n.primary(in: "In 2023 the army retreated, and on Monday it attacked again.")?.phrase == "on Monday")
        #expect(n.primary(in: "Shelling grew last week, as in March.")?.phrase == "last week")
        #expect(n.primary(in: "On Monday and on Tuesday the town was shelled.")?.phrase == "On Monday")
    }

    @Test func coarseExpressionWhenNoDayIsGiven() {
        #expect(n.primary(in: "Russian forces took the area between January and July 2024.")?.value?.timex
                == "2024-01/2024-07")
    }

    @Test func oneDaySpansAndStartOfDayArePrimary() {
        #expect(n.primary(in: "The plant was shelled in the past 24 hours.")?.value?.timex == "2024-08-14")
        #expect(n.primary(in: "Troops have advanced since the start of the day.")?.phrase == "since the start of the day")
    }

    @Test func nothingToDate() {
        #expect(n.primary(in: "The situation remains tense.") == nil)
    }
}

@Suite struct TimeDatingTests {
    @Test func fallsBackToTheReportedDay() {
        let d = TimeNormalizer(reference: aug14).dating("The situation remains tense.")
        #expect(d.value == .day(aug14))
        #expect(d.basis == .reported)
        #expect(d.phrase == "")
        #expect(d.start == 0 && d.end == 0)
    }

    @Test func unknownReferenceGivesNoValue() {
        let d = TimeNormalizer(reference: nil).dating("The situation remains tense.")
        #expect(d.value == nil)
        #expect(d.basis == .reported)
    }

    @Test func usesThePrimaryExpressionWhenThereIsOne() {
        let d = TimeNormalizer(reference: aug14).dating("Kyiv was hit by drones yesterday.")
        #expect(d.value?.timex == "2024-08-13")
        #expect(d.basis == .resolved)
        #expect(d.phrase == "yesterday")
    }

    @Test func sinceOnlySentenceIsDatedByTheReference() {
        let d = TimeNormalizer(reference: aug14).dating("Prices have risen since 2022.")
        #expect(d.basis == .reported)
        #expect(d.value?.timex == "2024-08-14")
    }
}

@Suite struct PublicationDateInferenceTests {
    @Test func situationStatement() {
        let body = "Here is the situation on Friday, August 16, 2024.\nUkrainian forces pressed on in the region."
        let r = PublicationDateInference.infer(from: body)
        #expect(r?.date.iso == "2024-08-16")
        #expect(r?.phrase == "Friday, August 16, 2024")
    }

    @Test func datelineWithYear() {
        let r = PublicationDateInference.infer(from: "KYIV, Aug 14, 2024 (Reuters) - Troops advanced further.")
        #expect(r?.date.iso == "2024-08-14")
        #expect(r?.phrase == "Aug 14, 2024")
    }

    @Test func datelineTakesAYearStatedNearby() {
        let r = PublicationDateInference.infer(from: "KYIV, Aug 14 (Reuters) - Ukraine's 2024 harvest is at risk.")
        #expect(r?.date.iso == "2024-08-14")
        #expect(r?.phrase == "Aug 14")
    }

    @Test func datelineWithoutAnyYearIsRejected() {
        #expect(PublicationDateInference.infer(from: "KYIV, Aug 14 (Reuters) - Troops advanced further.") == nil)
    }

    @Test func weekdayMonthDayConsistentWithNearbyYear() {
        let r = PublicationDateInference.infer(from: "Wednesday, August 14\nThe 2024 campaign continues.")
        #expect(r?.date.iso == "2024-08-14")
        #expect(r?.phrase == "Wednesday, August 14")
    }

    @Test func inconsistentWeekdayIsRejected() {
        #expect(PublicationDateInference.infer(from: "Thursday, August 14\nThe 2024 campaign continues.") == nil)
        #expect(PublicationDateInference.infer(from: "Here is the situation on Thursday, August 14, 2024.") == nil)
    }

    @Test func historicDateInProseIsNotThePublicationDate() {
        #expect(PublicationDateInference.infer(from: "The war began on February 24, 2022. Fighting continues.") == nil)
    }

    @Test func dateOnlyLine() {
        let r = PublicationDateInference.infer(from: "Updated: 14 August 2024\nTroops advanced.")
        #expect(r?.date.iso == "2024-08-14")
        #expect(r?.phrase == "14 August 2024")
    }

    @Test func looksOnlyAtTheFirstLines() {
        let body = (1...8).map { "Line \($0) of prose." }.joined(separator: "\n") + "\nAugust 14, 2024\n"
        #expect(PublicationDateInference.infer(from: body) == nil)
    }

    @Test func nothingToFind() {
        #expect(PublicationDateInference.infer(from: "Troops advanced further into the region.") == nil)
    }
}
