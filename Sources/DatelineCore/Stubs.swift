// TEMPORARY: stand-ins for stages being written on other branches; removed at merge.
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
