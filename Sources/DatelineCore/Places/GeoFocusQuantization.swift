import Foundation

/// A quantised focus for large corpora, so that one article rarely changes it.
///
/// The focus's weights are shares: any article that names a place moves them all a little, and
/// every article would then have to be read again under the new focus (the persistent index
/// re-extracts a whole corpus when its focus changes). Rounded to multiples of `quantum`, a share
/// moves only when it crosses a step: at 500k place names (100k articles) an edit changes the
/// focus about once in a few hundred times. Small corpora (every hand-made one, the embedded
/// corpus) keep the exact focus: there the rounding would be a real loss and re-reading is cheap.
extension GeoFocus {
    /// Place names (first pass, whole corpus) from which the focus is quantised.
    public static let defaultQuantizeAbove = 4096
    /// Step of a quantised share; shares that round to 0 are dropped.
    public static let quantum = 1.0 / 512

    public func quantized() -> GeoFocus {
        func step(_ x: Double) -> Double { (x / Self.quantum).rounded() * Self.quantum }
        return GeoFocus(regionWeights: regionWeights.mapValues(step).filter { $0.value > 0 },
                        countryWeights: countryWeights.mapValues(step).filter { $0.value > 0 },
                        anchors: anchors.map { Anchor(latitude: $0.latitude, longitude: $0.longitude, weight: step($0.weight)) }
                            .filter { $0.weight > 0 })
    }
}
