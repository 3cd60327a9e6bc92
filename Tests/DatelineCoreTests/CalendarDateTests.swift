import Testing
@testable import DatelineCore

@Suite struct CalendarDateTests {
    @Test func rejectsImpossibleDates() {
        #expect(CalendarDate(year: 2024, month: 2, day: 30) == nil)
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2024, month: 13, day: 1) == nil)
        #expect(CalendarDate(iso: "2024-02-30") == nil)
        #expect(CalendarDate(iso: "99999-01-01") == nil)
    }

    @Test func parsesIsoDatesAndTimestamps() {
        #expect(CalendarDate(iso: "2024-08-14")?.iso == "2024-08-14")
        #expect(CalendarDate(iso: "2024-08-14T09:30:00Z")?.iso == "2024-08-14")
        #expect(CalendarDate(iso: "2024-08-14X") == nil)
    }

    @Test func weekdaysAndIsoWeeks() {
        let tuesday = CalendarDate(year: 2024, month: 8, day: 6)!
        #expect(tuesday.weekday == 2)
        #expect(tuesday.isoWeek.week == 32)
        #expect(CalendarDate(year: 2021, month: 1, day: 3)!.isoWeek == (2020, 53))
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.weekday == 4)
    }

    @Test func arithmeticRoundTrips() {
        let d = CalendarDate(year: 2024, month: 3, day: 1)!
        #expect(d.adding(days: -1).iso == "2024-02-29")
        #expect(CalendarDate(year: 2024, month: 1, day: 31)!.adding(months: 1).iso == "2024-02-29")
        for offset in stride(from: -800_000, to: 800_000, by: 9973) {
            #expect(CalendarDate(daysSinceEpoch: offset).daysSinceEpoch == offset)
        }
    }

    @Test func timexValues() {
        let aug14 = CalendarDate(year: 2024, month: 8, day: 14)!
        #expect(TimeValue.week(containing: aug14).timex == "2024-W33")
        #expect(TimeValue.month(year: 2024, month: 8)!.timex == "2024-08")
        #expect(TimeValue.year(1943)!.timex == "1943")
        let janJul = TimeValue(start: CalendarDate(year: 2024, month: 1, day: 1)!,
                               end: CalendarDate(year: 2024, month: 7, day: 31)!, granularity: .interval)
        #expect(janJul.timex == "2024-01/2024-07")
        #expect(janJul.exportDate == "2024-01")
    }
}
