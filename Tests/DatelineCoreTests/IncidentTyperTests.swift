import Foundation
import Testing
@testable import DatelineCore

@Suite struct IncidentTyperTests {
    let typer: IncidentTyper

    init() throws { typer = try IncidentTyper.bundled() }

    @Test(arguments: [
        ("Ukrainian units pushed deeper and seized two more villages on Thursday.", "advance"),
        ("Russian forces are advancing towards Pokrovsk.", "advance"),
        ("Overnight shelling hit a school in the town centre.", "strike"),
        ("A missile attack damaged a power substation.", "strike"),
        ("Air defences shot down 30 drones over the region.", "air-defence"),
        ("The ministry said it destroyed 12 Ukrainian drones over Kursk.", "air-defence"),
        ("Thousands of residents fled as the fighting approached.", "evacuation"),
        ("The governor declared a state of emergency in the region.", "emergency"),
        ("A counter-terrorism operation regime was introduced in three regions.", "emergency"),
        ("Three civilians were killed and nine injured.", "casualties"),
        ("Kyiv said the captured soldiers would be used in a prisoner exchange.", "prisoners"),
        ("The foreign ministers held talks and signed a memorandum.", "diplomacy"),
        ("The rouble fell to its weakest level against the dollar.", "economy"),
        ("The National Guard tightened security at the nuclear power plant.", "security"),
        ("Kyiv offered humanitarian corridors and asked the Red Cross to help.", "humanitarian"),
        ("Putin vowed a harsh response.", "statement"),
        ("The weather was mild in the capital.", "other"),
    ])
    func types(_ text: String, _ expected: String) {
        #expect(typer.type(of: text) == expected)
    }

    @Test func misleadingTriggersAreSilenced() {
        #expect(typer.type(of: "Washington said it had no advance notice of the plan.") == "statement")
    }

    @Test func typesListIsFromTheLexicon() {
        for t in ["advance", "strike", "air-defence", "evacuation", "emergency", "statement", "casualties",
                  "prisoners", "diplomacy", "economy", "security", "humanitarian"] {
            #expect(typer.types.contains(t), "\(t)")
        }
        #expect(typer.types.last == "other")
    }
}
