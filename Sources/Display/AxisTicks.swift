import Foundation

/// Tick positions and labels of one axis, chosen like matplotlib's AutoLocator and
/// ScalarFormatter (steps of 1, 2, 2.5, 5 × 10ⁿ; one number of decimals per axis).
struct AxisTicks: Equatable {
  /// Tick positions in data units, inside the view limits.
  var positions: [Double]
  /// One label per position.
  var labels: [TickLabel]
  /// A scale factor written at the end of the axis (like matplotlib's `1e5`), if any.
  var offsetText: String?

  /// Nice ticks for a linear axis between `a` and `b` (either order) with at most `maxBins` intervals.
  static func linear(_ a: Double, _ b: Double, maxBins: Int) -> AxisTicks {
    let lo = min(a, b), hi = max(a, b)
    let span = hi - lo
    guard span > 0, span.isFinite else { return AxisTicks(positions: [], labels: [], offsetText: nil) }
    let raw = span / Double(max(1, maxBins))
    let magnitude = pow(10, floor(log10(raw)))
    var step = 10 * magnitude
    for m in [1.0, 2, 2.5, 5, 10] where m * magnitude >= raw * (1 - 1e-9) {
      step = m * magnitude
      break
    }
    let first = ceil(lo / step - 1e-9), last = floor(hi / step + 1e-9)
    var positions: [Double] = []
    if last >= first {
      for k in Int(first)...Int(last) {
        let v = Double(k) * step
        positions.append(abs(v) < step * 1e-9 ? 0 : v)
      }
    }
    return format(positions, step: step)
  }

  /// Decade ticks for a log axis (with 1-2-5 mantissas when the range is under two decades).
  static func log(_ a: Double, _ b: Double, maxTicks: Int) -> AxisTicks {
    let lo = min(a, b), hi = max(a, b)
    guard lo > 0, hi > lo else { return AxisTicks(positions: [], labels: [], offsetText: nil) }
    let e0 = Int(floor(log10(lo) - 1e-9)), e1 = Int(ceil(log10(hi) + 1e-9))
    let decades = (e0...e1).filter { e in
      let v = pow(10, Double(e))
      return v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)
    }
    if decades.count >= 2 {
      let stride = max(1, Int(ceil(Double(decades.count) / Double(max(1, maxTicks)))))
      let kept = decades.filter { ($0 - (decades.first ?? 0)) % stride == 0 }
      return AxisTicks(
        positions: kept.map { pow(10, Double($0)) },
        labels: kept.map { TickLabel(text: "10", superscript: minus(String($0))) }, offsetText: nil)
    }
    var positions: [Double] = []
    for e in e0...e1 {
      for m in [1.0, 2, 5] {
        let v = m * pow(10, Double(e))
        if v >= lo * (1 - 1e-9), v <= hi * (1 + 1e-9) { positions.append(v) }
      }
    }
    let labels = positions.map { TickLabel(text: minus(compact($0)), superscript: nil) }
    return AxisTicks(positions: positions, labels: labels, offsetText: nil)
  }

  /// User-fixed ticks, with labels or formatted positions.
  static func fixed(_ positions: [Double], labels: [String]?) -> AxisTicks {
    if let labels {
      return AxisTicks(positions: positions, labels: labels.map { TickLabel(text: $0, superscript: nil) }, offsetText: nil)
    }
    let sorted = positions.sorted()
    let diffs = zip(sorted, sorted.dropFirst()).map { $1 - $0 }.filter { $0 > 0 }
    return format(positions, step: diffs.min() ?? (abs(positions.first ?? 1)))
  }

  /// Formats positions with the decimals the step needs, switching to a `1eN` factor for
  /// very large or very small values.
  static func format(_ positions: [Double], step: Double) -> AxisTicks {
    let biggest = positions.map(abs).max() ?? 0
    var exponent = 0
    if biggest >= 1e5 || (biggest > 0 && biggest < 1e-4) {
      exponent = Int(floor(log10(biggest)))
    }
    let factor = pow(10, Double(exponent))
    let scaledStep = step / factor
    var decimals = 0
    while decimals < 8 {
      let s = scaledStep * pow(10, Double(decimals))
      if abs(s - s.rounded()) < 1e-6 * max(1, s) { break }
      decimals += 1
    }
    let labels = positions.map { p -> TickLabel in
      var v = p / factor
      if abs(v) < scaledStep * 1e-9 { v = 0 }
      return TickLabel(text: minus(String(format: "%.\(decimals)f", v)), superscript: nil)
    }
    return AxisTicks(positions: positions, labels: labels, offsetText: exponent == 0 ? nil : "1e\(exponent)")
  }

  /// Replaces ASCII hyphen-minus with the Unicode minus sign matplotlib uses.
  static func minus(_ s: String) -> String {
    let t = s.hasPrefix("-0") && Double(s) == 0 ? String(s.dropFirst()) : s
    return t.replacingOccurrences(of: "-", with: "\u{2212}")
  }

  /// A short `%g`-like rendering.
  static func compact(_ v: Double) -> String {
    if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
    return String(format: "%g", v)
  }
}
