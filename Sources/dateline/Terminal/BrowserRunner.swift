import DatelineCore
// TEMPORARY stand-in until the browser lands from its branch.
enum BrowserRunner {
    static func run(model: EventModel, regions: [String]) -> Int32 {
        print("The interactive browser is not built yet; try `dateline list`.")
        return 0
    }
}
