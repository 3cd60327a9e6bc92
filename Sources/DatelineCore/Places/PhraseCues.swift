/// The English words around a name that tell what kind of place it is. These are grammar
/// of news English, not facts about places, so they live with the matcher; place data is
/// in Resources/gazetteer.
enum PhraseCues {
    /// "Kursk region", "Kharkov oblast", "the Kursk and Belgorod regions", "region of Kursk".
    static let regionWords: Set<String> = [
        "region", "regions", "oblast", "oblasts", "province", "provinces", "krai", "kray",
        "okrug", "voivodeship", "county",
    ]
    /// "the Sudzha district" names the district around the town: same region as the town.
    static let districtWords: Set<String> = ["district", "districts", "raion", "rayon", "hromada"]
    /// "Donetsk city", "the town of Sudzha": a settlement, not a region of the same name.
    static let settlementWords: Set<String> = [
        "city", "town", "village", "settlement", "hamlet", "towns", "villages", "cities",
    ]
    /// Words joining the items of a list of names ("Kursk, Voronezh and Belgorod regions").
    static let listJoiners: Set<String> = [",", "and", "or", "&"]
    /// A country after these is where something is, not who acts: "in Ukraine",
    /// "eastern Ukraine", "inside Russia".
    static let locativeBefore: Set<String> = [
        "in", "inside", "into", "within", "across", "of", "eastern", "western", "northern",
        "southern", "central", "northeastern", "northwestern", "southeastern", "southwestern",
        "north eastern", "north western", "south eastern", "south western", "occupied",
    ]
    /// A demonym followed (within three words) by one of these places what follows:
    /// "the Russian town of Sudzha", "Russian border region".
    static let placeNouns: Set<String> = [
        "town", "city", "village", "settlement", "region", "oblast", "province", "border",
        "territory", "republic", "regions", "towns", "villages", "cities", "district",
    ]
    /// A capital after these is the city, not its government: "in Kyiv", "strikes on Moscow".
    static let cityLocatives: Set<String> = [
        "in", "inside", "into", "to", "from", "near", "outside", "around", "over", "at", "toward",
        "towards", "across", "of", "on", "above", "via", "against", "through", "between", "outskirts",
    ]
    /// Verbs whose object is a location: "missiles struck Kyiv", "the convoy reached Moscow".
    static let cityVerbs: Set<String> = [
        "struck", "strike", "strikes", "hit", "hits", "attacked", "attack", "attacks", "shelled", "shelling",
        "targeted", "targeting", "bombed", "bombing", "visited", "visit", "visits", "reached", "reach",
        "entered", "enter", "captured", "surrounded", "encircled", "liberated", "left", "flew", "returned",
        "evacuated", "besieged", "approached", "defend", "defended", "defending",
    ]
    /// "the village of X": settlements this small only (GeoNames lists populations; villages
    /// added by the supplement have none and pass).
    static let villageWords: Set<String> = ["village", "villages", "hamlet", "settlement"]
    static let villagePopulation = 20_000
}
