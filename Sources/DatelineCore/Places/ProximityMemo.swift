import Foundation

/// A focus's proximity per point (latitude, longitude), filled as places are resolved.
/// Articles are read in parallel, so lookups and stores take a lock; a value is a pure
/// function of the point and the anchors, so which thread computes it first does not matter.
final class ProximityMemo: @unchecked Sendable {
    private struct Point: Hashable {
        let latitude: UInt64
        let longitude: UInt64
    }

    private let lock = NSLock()
    private var values: [Point: Double] = [:]
    private var cosines: [Double]?

    /// The cosines of the anchors' latitudes, made once.
    func anchorCosines(_ make: () -> [Double]) -> [Double] {
        lock.lock()
        let known = cosines
        lock.unlock()
        if let known { return known }
        let made = make()
        lock.lock()
        cosines = made
        lock.unlock()
        return made
    }

    func value(latitude: Double, longitude: Double, compute: () -> Double) -> Double {
        let point = Point(latitude: latitude.bitPattern, longitude: longitude.bitPattern)
        lock.lock()
        let known = values[point]
        lock.unlock()
        if let known { return known }
        let value = compute()
        lock.lock()
        values[point] = value
        lock.unlock()
        return value
    }
}
