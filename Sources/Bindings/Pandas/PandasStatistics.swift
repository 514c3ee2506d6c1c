import Foundation

/// The statistics pandas computes over a column's non-missing values.
enum PandasStatistics {
  /// The row labels of `describe()`.
  static let describeLabels = ["count", "mean", "std", "min", "25%", "50%", "75%", "max"]

  /// `sum`, `mean`, `min`, `max` or `std` (sample standard deviation, ddof=1) of `values`.
  static func reduce(_ name: String, _ values: [Double]) -> Double {
    switch name {
    case "sum": return values.reduce(0, +)
    case "mean": return values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
    case "min": return values.min() ?? .nan
    case "max": return values.max() ?? .nan
    default:
      guard values.count > 1 else { return .nan }
      let mean = values.reduce(0, +) / Double(values.count)
      let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
      return (squares / Double(values.count - 1)).squareRoot()
    }
  }

  /// The `q` quantile (0...1) with linear interpolation between the sorted values.
  static func quantile(_ sorted: [Double], _ q: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    let position = q * Double(sorted.count - 1)
    let lower = Int(position.rounded(.down))
    let upper = min(lower + 1, sorted.count - 1)
    let fraction = position - Double(lower)
    return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
  }

  /// The eight `describe()` statistics of a column, in `describeLabels` order.
  static func describe(_ column: [Double]) -> [Double] {
    let values = column.filter { !$0.isNaN }
    let sorted = values.sorted()
    return [
      Double(values.count), reduce("mean", values), reduce("std", values), sorted.first ?? .nan,
      quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75), sorted.last ?? .nan,
    ]
  }
}
