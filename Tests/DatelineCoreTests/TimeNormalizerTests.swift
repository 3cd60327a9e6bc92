import Testing
@testable import DatelineCore

/// One row of the table: a sentence, its reference day, the phrase that must be found and what it
/// must normalise to. Sentences are written from the rules of English news usage.
struct TimeCase: CustomTestStringConvertible, Sendable {
    var text: String
    var reference: String?
    var phrase: String
    var timex: String?
    var granularity: Granularity?
    var basis: DateBasis
    var direction: TemporalDirection?
    var duration: String?

    var testDescription: String { "\(reference ?? "nil") | \(text)" }
}

private func c(_ text: String, _ ref: String?, _ phrase: String, _ timex: String?, _ g: Granularity?,
               _ basis: DateBasis, _ dir: TemporalDirection? = nil, duration: String? = nil) -> TimeCase {
    TimeCase(text: text, reference: ref, phrase: phrase, timex: timex, granularity: g, basis: basis, direction: dir,
             duration: duration)
}

// Reference days used below: 2024-08-14 is a Wednesday (ISO 2024-W33); 2024-08-12 a Monday;
// 2024-08-18 a Sunday; 2024-02-29 a Thursday (leap day); 2025-01-02 a Thursday in 2025-W01;
// 2024-12-31 a Tuesday in 2025-W01; 2021-01-03 a Sunday in 2020-W53; 2023-01-01 a Sunday in 2022-W52.
let W = "2024-08-14"

let explicitDateCases: [TimeCase] = [
    c("The offensive began on August 6, 2024.", W, "on August 6, 2024", "2024-08-06", .day, .explicit, .past),
    c("The talks were held on 6 August 2024 in Geneva.", W, "on 6 August 2024", "2024-08-06", .day, .explicit, .past),
    c("Troops crossed the border on Aug. 6 and pushed north.", W, "on Aug. 6", "2024-08-06", .day, .resolved, .past),
    c("Troops crossed the border on Aug 6.", W, "on Aug 6", "2024-08-06", .day, .resolved, .past),
    c("The fighting started on August 6th.", W, "on August 6th", "2024-08-06", .day, .resolved, .past),
    c("The ceasefire collapsed on the 6th of August.", W, "on the 6th of August", "2024-08-06", .day, .resolved, .past),
    c("The report is dated 2024-08-06.", W, "2024-08-06", "2024-08-06", .day, .explicit, .past),
    c("Officials met on Tuesday, August 6, to discuss aid.", W, "on Tuesday, August 6", "2024-08-06", .day, .resolved, .past),
    c("The bridge was destroyed in December 2023.", W, "in December 2023", "2023-12", .month, .explicit, .past),
    c("Prices rose sharply in August.", W, "in August", "2024-08", .month, .resolved, .past),
    c("The city was first bombed in 1943.", W, "in 1943", "1943", .year, .explicit, .past),
    c("Ukraine's 2023 counteroffensive stalled.", W, "2023", "2023", .year, .explicit, .past),
    c("The minister will travel to Kyiv on August 20.", W, "on August 20", "2024-08-20", .day, .resolved, .future),
    c("The strike happened on Dec. 30.", "2025-01-03", "on Dec. 30", "2024-12-30", .day, .resolved, .past),
    c("The summit will open on Jan. 9.", "2024-12-28", "on Jan. 9", "2025-01-09", .day, .resolved, .future),
    c("The summit opened on Jan. 9.", "2024-12-28", "on Jan. 9", "2024-01-09", .day, .resolved, .past),
    c("The decree was signed on February 29.", "2024-03-01", "on February 29", "2024-02-29", .day, .resolved, .past),
    c("He said the law passed on February 29.", "2025-03-01", "on February 29", "2024-02-29", .day, .resolved, .past),
    c("Voting ends on 31 March 2025.", W, "on 31 March 2025", "2025-03-31", .day, .explicit, .future),
    c("The agreement was signed on 12 September 1944.", W, "on 12 September 1944", "1944-09-12", .day, .explicit, .past),
    c("Fighting raged from 5 to 7 August.", W, "from 5 to 7 August", "2024-08-05/2024-08-07", .interval, .resolved, .past),
    c("Russian forces took the area between January and July 2024.", W, "between January and July 2024",
      "2024-01/2024-07", .interval, .explicit, .past),
    c("Shelling continued from August 1 to August 5.", W, "from August 1 to August 5", "2024-08-01/2024-08-05",
      .interval, .resolved, .past),
    c("Talks are scheduled for August 20-22.", W, "for August 20-22", "2024-08-20/2024-08-22", .interval, .resolved, .future),
    c("The exercise ran 5-7 August 2024.", W, "5-7 August 2024", "2024-08-05/2024-08-07", .interval, .explicit, .past),
    c("In May, the army launched a second push.", W, "In May", "2024-05", .month, .resolved, .past),
    c("Elections are due in May 2025.", W, "in May 2025", "2025-05", .month, .explicit, .future),
    c("The parade is held on May 9 every year.", W, "on May 9", "2024-05-09", .day, .resolved, .past),
    c("The siege ended in March 1944.", W, "in March 1944", "1944-03", .month, .explicit, .past),
    c("Mobilisation began in November.", "2025-01-10", "in November", "2024-11", .month, .resolved, .past),
    c("Parliament will vote in March.", "2025-01-10", "in March", "2025-03", .month, .resolved, .future),
    c("The offensive stalled in mid-August.", W, "in mid-August", "2024-08", .month, .resolved, .past),
    c("Reinforcements arrived in early August.", W, "in early August", "2024-08", .month, .resolved, .past),
    c("Fresh fighting broke out on Wednesday, 14 August 2024.", W, "on Wednesday, 14 August 2024", "2024-08-14",
      .day, .explicit, .past),
    c("The document, dated 2023-11-30, was leaked.", W, "2023-11-30", "2023-11-30", .day, .explicit, .past),
    c("The bombing on Dec. 29 killed 30 people.", "2024-01-05", "on Dec. 29", "2023-12-29", .day, .resolved, .past),
    c("The war began on February 24, 2022.", W, "on February 24, 2022", "2022-02-24", .day, .explicit, .past),
    c("The first convoy left on 1 September.", W, "on 1 September", "2023-09-01", .day, .resolved, .past),
    c("The first convoy will leave on 1 September.", W, "on 1 September", "2024-09-01", .day, .resolved, .future),
    c("Engineers repaired the line on Sept. 3, 2023.", W, "on Sept. 3, 2023", "2023-09-03", .day, .explicit, .past),
    c("Counting began on 2 January.", "2025-01-02", "on 2 January", "2025-01-02", .day, .resolved, .past),
    c("Counting began on 30 December.", "2025-01-02", "on 30 December", "2024-12-30", .day, .resolved, .past),
    c("The treaty of 1997 was cited.", W, "1997", "1997", .year, .explicit, .past),
    c("A ceasefire was agreed in July 2024 but collapsed.", W, "in July 2024", "2024-07", .month, .explicit, .past),
    c("Reconstruction will begin in 2026.", W, "in 2026", "2026", .year, .explicit, .future),
    c("Oct. 7 marked one year since the attack.", "2024-10-10", "Oct. 7", "2024-10-07", .day, .resolved, .past),
    c("Strikes on Nov. 1 destroyed a substation.", "2024-11-04", "on Nov. 1", "2024-11-01", .day, .resolved, .past),
    c("The offensive began on Sunday, 4 August.", W, "on Sunday, 4 August", "2024-08-04", .day, .resolved, .past),
    c("Thursday, August 15 will bring more talks.", W, "Thursday, August 15", "2024-08-15", .day, .resolved, .future),
    c("The decree took effect on 1 January 2024.", W, "on 1 January 2024", "2024-01-01", .day, .explicit, .past),
    c("The governor resigned on July 31.", W, "on July 31", "2024-07-31", .day, .resolved, .past),
    c("A state of emergency was declared on Aug. 7, according to officials.", W, "on Aug. 7", "2024-08-07",
      .day, .resolved, .past),
    c("The town was recaptured in late July.", W, "in late July", "2024-07", .month, .resolved, .past),
    c("Ukraine launched the operation on Tuesday, Aug. 6, officials said.", W, "on Tuesday, Aug. 6", "2024-08-06",
      .day, .resolved, .past),
    c("World War Two ended in 1945.", W, "in 1945", "1945", .year, .explicit, .past),
    c("Victory Day is celebrated on May 9.", W, "on May 9", "2024-05-09", .day, .resolved, .past),
    c("The talks may resume in May.", "2025-01-10", "in May", "2025-05", .month, .resolved, .future),
    c("A march was planned for March 2025.", W, "for March 2025", "2025-03", .month, .explicit, .future),
    c("The report of 3 March 2023 was withdrawn.", W, "3 March 2023", "2023-03-03", .day, .explicit, .past),
    c("Kyiv was struck on September 3rd, 2023.", W, "on September 3rd, 2023", "2023-09-03", .day, .explicit, .past),
    c("Rail links were cut between 3 and 5 August.", W, "between 3 and 5 August", "2024-08-03/2024-08-05",
      .interval, .resolved, .past),
    c("Deliveries ran from December 2023 to February 2024.", W, "from December 2023 to February 2024",
      "2023-12/2024-02", .interval, .explicit, .past),
    c("Prices climbed between December and February.", "2024-03-10", "between December and February",
      "2023-12/2024-02", .interval, .resolved, .past),
    c("The offensive began on Tuesday, Aug. 6, 2024.", W, "on Tuesday, Aug. 6, 2024", "2024-08-06", .day, .explicit, .past),
    c("The ship sank on 29 February 2024.", W, "on 29 February 2024", "2024-02-29", .day, .explicit, .past),
]

let weekdayCases: [TimeCase] = [
    c("Putin said on Monday that talks were impossible.", W, "on Monday", "2024-08-12", .day, .resolved, .past),
    c("The incursion began on Tuesday morning.", W, "on Tuesday morning", "2024-08-13", .day, .resolved, .past),
    c("Drones struck the depot on Wednesday night.", W, "on Wednesday night", "2024-08-14", .day, .resolved, .past),
    c("The attack came late on Sunday.", W, "late on Sunday", "2024-08-11", .day, .resolved, .past),
    c("Officials confirmed the losses last Friday.", W, "last Friday", "2024-08-09", .day, .resolved, .past),
    c("Officials confirmed the losses last Friday.", "2024-08-16", "last Friday", "2024-08-09", .day, .resolved, .past),
    c("The president will visit Kursk on Friday.", W, "on Friday", "2024-08-16", .day, .resolved, .future),
    c("The president will visit Kursk next Monday.", W, "next Monday", "2024-08-19", .day, .resolved, .future),
    c("The council meets this Thursday.", W, "this Thursday", "2024-08-15", .day, .resolved, .future),
    c("Zelenskiy spoke on Monday.", "2024-08-12", "on Monday", "2024-08-12", .day, .resolved, .past),
    c("The envoy is due to arrive on Monday.", "2024-08-12", "on Monday", "2024-08-12", .day, .resolved, .future),
    c("The envoy is due to arrive on Sunday.", "2024-08-12", "on Sunday", "2024-08-18", .day, .resolved, .future),
    c("Earlier on Monday, the governor declared an emergency.", W, "Earlier on Monday", "2024-08-12", .day, .resolved, .past),
    c("The ruble fell on Wednesday.", W, "on Wednesday", "2024-08-14", .day, .resolved, .past),
    c("Strikes hit the port on Sunday.", "2025-01-01", "on Sunday", "2024-12-29", .day, .resolved, .past),
    c("The leaders plan to meet on Thursday.", "2024-12-30", "on Thursday", "2025-01-02", .day, .resolved, .future),
    c("Monday's strike killed four people.", W, "Monday", "2024-08-12", .day, .resolved, .past),
    c("The convoy was hit on Tuesday evening.", "2024-02-29", "on Tuesday evening", "2024-02-27", .day, .resolved, .past),
    c("The decree was signed on Thursday.", "2024-03-01", "on Thursday", "2024-02-29", .day, .resolved, .past),
    c("Troops are set to withdraw on Saturday.", W, "on Saturday", "2024-08-17", .day, .resolved, .future),
    c("The minister said he will return on Tuesday.", W, "on Tuesday", "2024-08-20", .day, .resolved, .future),
    c("The summit was held last Wednesday.", W, "last Wednesday", "2024-08-07", .day, .resolved, .past),
    c("The vote takes place next Wednesday.", W, "next Wednesday", "2024-08-21", .day, .resolved, .future),
    c("Residents fled on Saturday, August 10.", W, "on Saturday, August 10", "2024-08-10", .day, .resolved, .past),
    c("The attack began on Sunday.", "2024-08-18", "on Sunday", "2024-08-18", .day, .resolved, .past),
    c("Leaders will meet on Sunday.", "2024-08-18", "on Sunday", "2024-08-18", .day, .resolved, .future),
    c("A ceasefire took effect at 10:00 on Monday.", W, "on Monday", "2024-08-12", .day, .resolved, .past),
    c("Sirens sounded for the 24 hours until Wednesday morning.", W, "Wednesday morning", "2024-08-14", .day,
      .resolved, .past),
    c("The blockade lasted from Monday to Wednesday.", W, "from Monday to Wednesday", "2024-08-12/2024-08-14",
      .interval, .resolved, .past),
    c("Ukraine may leave the talks, officials warned on Monday.", W, "on Monday", "2024-08-12", .day, .resolved, .past),
    c("Protesters will stage a march on Friday.", W, "on Friday", "2024-08-16", .day, .resolved, .future),
    c("The governor had ordered evacuations on Saturday.", W, "on Saturday", "2024-08-10", .day, .resolved, .past),
    c("Talks are expected to resume on Thursday.", W, "on Thursday", "2024-08-15", .day, .resolved, .future),
    c("The aid package won't arrive before Friday.", W, "Friday", "2024-08-16", .day, .resolved, .future),
    c("Russian forces shelled the town on Friday night.", "2024-08-18", "on Friday night", "2024-08-16", .day,
      .resolved, .past),
    c("We'll know more on Monday.", W, "on Monday", "2024-08-19", .day, .resolved, .future),
]

let relativeDayCases: [TimeCase] = [
    c("The governor said today that schools would close.", W, "today", "2024-08-14", .day, .resolved, .past),
    c("Explosions were heard in the city tonight.", W, "tonight", "2024-08-14", .day, .resolved, .past),
    c("Drones attacked the refinery overnight.", W, "overnight", "2024-08-14", .day, .resolved, .past),
    c("The bridge was damaged yesterday.", W, "yesterday", "2024-08-13", .day, .resolved, .past),
    c("Officials met yesterday morning.", W, "yesterday morning", "2024-08-13", .day, .resolved, .past),
    c("A convoy was ambushed last night.", W, "last night", "2024-08-13", .day, .resolved, .past),
    c("The talks collapsed the day before yesterday.", W, "the day before yesterday", "2024-08-12", .day, .resolved, .past),
    c("The foreign minister will arrive tomorrow.", W, "tomorrow", "2024-08-15", .day, .resolved, .future),
    c("Sirens sounded early this morning.", W, "early this morning", "2024-08-14", .day, .resolved, .past),
    c("The mayor spoke to reporters at lunchtime.", W, "at lunchtime", "2024-08-14", .day, .resolved, .past),
    c("A second wave of drones is expected this evening.", W, "this evening", "2024-08-14", .day, .resolved, .future),
    c("Fireworks were banned yesterday.", "2024-01-01", "yesterday", "2023-12-31", .day, .resolved, .past),
    c("The strike was reported yesterday.", "2024-03-01", "yesterday", "2024-02-29", .day, .resolved, .past),
    c("The new law takes effect tomorrow.", "2024-12-31", "tomorrow", "2025-01-01", .day, .resolved, .future),
    c("Earlier today, the army said it had repelled attacks.", W, "Earlier today", "2024-08-14", .day, .resolved, .past),
    c("The president will address the nation later today.", W, "later today", "2024-08-14", .day, .resolved, .future),
    c("The situation is calm today.", W, "today", "2024-08-14", .day, .resolved, .present),
    c("Talks resume the day after tomorrow.", W, "the day after tomorrow", "2024-08-16", .day, .resolved, .future),
]

let calendarUnitCases: [TimeCase] = [
    c("Kyiv sent thousands of troops into the region last week.", W, "last week", "2024-W32", .week, .resolved, .past),
    c("The government will unveil the budget next week.", W, "next week", "2024-W34", .week, .resolved, .future),
    c("Fighting intensified this week.", W, "this week", "2024-W33", .week, .resolved, .past),
    c("The minister will visit the front later this week.", W, "later this week", "2024-W33", .week, .resolved, .future),
    c("Shelling resumed earlier this week.", W, "earlier this week", "2024-W33", .week, .resolved, .past),
    c("Drone strikes hit the city last week.", "2025-01-02", "last week", "2024-W52", .week, .resolved, .past),
    c("Restrictions were eased this week.", "2021-01-03", "this week", "2020-W53", .week, .resolved, .past),
    c("Negotiations will resume next week.", "2024-12-31", "next week", "2025-W02", .week, .resolved, .future),
    c("Power cuts worsened last week.", "2023-01-01", "last week", "2022-W51", .week, .resolved, .past),
    c("The shelling intensified last week.", "2024-01-01", "last week", "2023-W52", .week, .resolved, .past),
    c("Prices rose last month.", W, "last month", "2024-07", .month, .resolved, .past),
    c("The plant will reopen next month.", W, "next month", "2024-09", .month, .resolved, .future),
    c("Exports fell last month.", "2025-01-15", "last month", "2024-12", .month, .resolved, .past),
    c("Elections will be held next month.", "2024-12-20", "next month", "2025-01", .month, .resolved, .future),
    c("The army recruited 30,000 soldiers last year.", W, "last year", "2023", .year, .resolved, .past),
    c("Output has recovered this year.", W, "this year", "2024", .year, .resolved, .past),
    c("The bridge will be rebuilt next year.", W, "next year", "2025", .year, .resolved, .future),
    c("Inflation eased earlier this month.", W, "earlier this month", "2024-08", .month, .resolved, .past),
    c("Talks will continue this month.", W, "this month", "2024-08", .month, .resolved, .future),
    c("Celebrations were muted last year.", "2024-01-01", "last year", "2023", .year, .resolved, .past),
    c("The plan will be finished later this year.", W, "later this year", "2024", .year, .resolved, .future),
]

let agoAndSpanCases: [TimeCase] = [
    c("The town fell two days ago.", W, "two days ago", "2024-08-12", .day, .resolved, .past),
    c("The offensive started a week ago.", W, "a week ago", "2024-08-07", .day, .resolved, .past),
    c("The dam was breached three weeks ago.", W, "three weeks ago", "2024-07-24", .day, .resolved, .past),
    c("The agreement was signed a month ago.", W, "a month ago", "2024-07", .month, .resolved, .past),
    c("The city was liberated more than two years ago.", W, "more than two years ago", "2022", .year, .resolved, .past),
    c("The strike happened 5 days ago.", "2024-01-02", "5 days ago", "2023-12-28", .day, .resolved, .past),
    c("The first attack came a week ago.", "2024-03-05", "a week ago", "2024-02-27", .day, .resolved, .past),
    c("Aid arrived a year ago.", "2024-02-29", "a year ago", "2023", .year, .resolved, .past),
    c("The talks ended four days ago.", "2024-02-29", "four days ago", "2024-02-25", .day, .resolved, .past),
    c("The talks ended a couple of days ago.", W, "a couple of days ago", "2024-08-12", .day, .resolved, .past),
    c("Refugees crossed the river a few days ago.", W, "a few days ago", "2024-08-11", .day, .resolved, .past),
    c("The first shells fell several weeks ago.", W, "several weeks ago", "2024-07-24", .day, .resolved, .past),
    c("Troops have advanced two kilometres since the start of the day.", W, "since the start of the day",
      "2024-08-14", .day, .resolved, .past),
    c("The assault had advanced since the start of Wednesday.", "2024-08-15", "since the start of Wednesday",
      "2024-08-14", .day, .resolved, .past),
    c("It's just over a week since the incursion began.", W, "just over a week since", "2024-08-07", .day,
      .resolved, .past, duration: "P1W"),
    c("Civilians have sheltered in basements for the past three days.", W, "for the past three days",
      "2024-08-12/2024-08-14", .interval, .resolved, .past, duration: "P3D"),
    c("More than 100 drones were downed over the past day.", W, "over the past day", "2024-08-14", .day,
      .resolved, .past, duration: "P1D"),
    c("Russia lost 50 tanks in the past 24 hours.", W, "in the past 24 hours", "2024-08-14", .day, .resolved, .past,
      duration: "PT24H"),
    c("Casualties have mounted in recent days.", W, "in recent days", "2024-08-11/2024-08-14", .interval, .resolved, .past),
    c("Officials expect more evacuations in coming weeks.", W, "in coming weeks", "2024-08-15/2024-09-04", .interval,
      .resolved, .future),
    c("The power plant has been offline for 24 hours.", W, "for 24 hours", nil, nil, .explicit, duration: "PT24H"),
    c("Fighting has raged over the last two weeks.", W, "over the last two weeks", "2024-08-01/2024-08-14",
      .interval, .resolved, .past, duration: "P2W"),
    c("Prices have doubled in the past year.", W, "in the past year", "2023-08-15/2024-08-14", .interval,
      .resolved, .past, duration: "P1Y"),
    c("The siege has lasted almost a month since the first assault.", W, "almost a month since", "2024-07",
      .month, .resolved, .past, duration: "P1M"),
    c("Shops have been shut since Monday.", W, "since Monday", "2024-08-12/2024-08-14", .interval, .resolved, .past),
    c("Shelling has continued since early August.", W, "since early August", "2024-08-01/2024-08-14", .interval,
      .resolved, .past),
    c("The border has been closed since December 2023.", W, "since December 2023", "2023-12-01/2024-08-14",
      .interval, .resolved, .past),
    c("The airport has been closed since 2022.", W, "since 2022", "2022-01-01/2024-08-14", .interval, .resolved, .past),
    c("The ruble has lost 8.5% since Aug. 6.", W, "since Aug. 6", "2024-08-06/2024-08-14", .interval, .resolved, .past),
    c("Russia had been advancing since 2022.", W, "since 2022", "2022-01-01/2024-08-14", .interval, .resolved, .past),
    c("Aid will flow in the coming days.", W, "in the coming days", "2024-08-15/2024-08-21", .interval, .resolved, .future),
    c("Officials hope to finish within the next three days.", W, "within the next three days",
      "2024-08-15/2024-08-17", .interval, .resolved, .future, duration: "P3D"),
    c("Hundreds have fled in recent weeks.", W, "in recent weeks", "2024-07-24/2024-08-14", .interval, .resolved, .past),
    c("Attacks have increased over the past 48 hours.", W, "over the past 48 hours", "2024-08-13/2024-08-14",
      .interval, .resolved, .past, duration: "PT48H"),
    c("Talks went on for three days.", W, "for three days", nil, nil, .explicit, duration: "P3D"),
    c("Kyiv has held the town for the past week.", "2024-03-01", "for the past week", "2024-02-24/2024-03-01",
      .interval, .resolved, .past, duration: "P1W"),
]

let noReferenceCases: [TimeCase] = [
    c("The offensive began on August 6, 2024.", nil, "on August 6, 2024", "2024-08-06", .day, .explicit, .past),
    c("Putin said on Monday that talks were impossible.", nil, "on Monday", nil, nil, .resolved, .past),
    c("The agreement expires tomorrow.", nil, "tomorrow", nil, nil, .resolved, .future),
    c("Troops crossed the border on Aug. 6.", nil, "on Aug. 6", nil, nil, .resolved, .past),
    c("The bridge was destroyed in December 2023.", nil, "in December 2023", "2023-12", .month, .explicit, .past),
    c("Shells fell last week.", nil, "last week", nil, nil, .resolved, .past),
]

let allTimeCases = explicitDateCases + weekdayCases + relativeDayCases + calendarUnitCases + agoAndSpanCases
    + noReferenceCases

@Suite struct TimeNormalizerTableTests {
    @Test func tableIsLargeEnough() {
        #expect(allTimeCases.count >= 150)
    }

    @Test(arguments: allTimeCases)
    func normalises(_ tc: TimeCase) throws {
        let ref = tc.reference.flatMap(CalendarDate.init(iso:))
        #expect(tc.reference == nil || ref != nil)
        let found = TimeNormalizer(reference: ref).expressions(in: tc.text)
        let e = try #require(found.first { $0.phrase == tc.phrase },
                             "phrase \"\(tc.phrase)\" not found; got \(found.map(\.phrase))")
        #expect(e.value?.timex == tc.timex)
        #expect(e.granularity == tc.granularity)
        #expect(e.basis == tc.basis)
        if let d = tc.direction { #expect(e.direction == d) }
        if let d = tc.duration { #expect(e.duration == d) }
        // Offsets are Unicode scalars and cut out exactly the phrase.
        let scalars = Array(tc.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[e.start..<e.end])) == e.phrase)
    }
}
