// TEMPORARY: stand-ins for stages being written on other branches; removed at merge.
public struct TimeNormalizer: Sendable {
    let reference: CalendarDate?
    public init(reference: CalendarDate?) { self.reference = reference }
    public func expressions(in text: String) -> [TimeExpression] { [] }
    public func primary(in text: String) -> TimeExpression? { nil }
    public func dating(_ text: String) -> TimeExpression {
        TimeExpression(value: reference.map(TimeValue.day), basis: .reported, phrase: "", start: 0, end: 0)
    }
}
public enum PublicationDateInference {
    public static func infer(from body: String) -> (date: CalendarDate, phrase: String)? { nil }
}
public struct AttributionExtractor: Sendable {
    public static func bundled() throws -> AttributionExtractor { AttributionExtractor() }
    public func attribution(in text: String, previous: Attribution?) -> Attribution { .outlet }
}
public struct FigureExtractor: Sendable {
    public static func bundled() throws -> FigureExtractor { FigureExtractor() }
    public func figures(in text: String) -> [Figure] { [] }
}
public struct IncidentTyper: Sendable {
    public static func bundled() throws -> IncidentTyper { IncidentTyper() }
    public func type(of text: String) -> String { "other" }
    public var types: [String] { ["other"] }
}
