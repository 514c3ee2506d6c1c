import Glibc
import Tensor

/// scikit-learn's `StandardScaler`: (x − mean_) / scale_ with the population standard deviation.
public struct StandardScaler {
  /// Subtract the mean.
  public let withMean: Bool
  /// Divide by the standard deviation.
  public let withStd: Bool
  /// Per-feature means (`mean_`).
  public private(set) var mean: [Double]?
  /// Per-feature variances, ddof 0 (`var_`).
  public private(set) var variance: [Double]?
  /// Per-feature scales; 1 for (near-)constant features (`scale_`).
  public private(set) var scale: [Double]?
  /// Samples seen in `fit` (`n_samples_seen_`).
  public private(set) var nSamplesSeen = 0

  /// A scaler with scikit-learn's defaults.
  public init(withMean: Bool = true, withStd: Bool = true) {
    self.withMean = withMean
    self.withStd = withStd
  }

  /// Computes mean_, var_ and scale_ (`_incremental_mean_and_var` from zero, then `_handle_zeros_in_scale`).
  @discardableResult
  public mutating func fit(_ x: Tensor) throws -> StandardScaler {
    let m = try Matrix(x)
    guard m.rows > 0 else { throw DatasetError.invalidParameter(name: "X", reason: "Found array with 0 sample(s) (shape=\(x.shape)) while a minimum of 1 is required by StandardScaler.") }
    let n = Double(m.rows)
    let sums = NumPySum.columnSums(m.values, rows: m.rows, cols: m.cols)
    let means = sums.map { $0 / n }
    let centered = m.map { v, c in v - sums[c] / n }
    let correction = NumPySum.columnSums(centered.values, rows: m.rows, cols: m.cols)
    let squares = NumPySum.columnSums(centered.values.map { $0 * $0 }, rows: m.rows, cols: m.cols)
    let variances = (0..<m.cols).map { c in (squares[c] - correction[c] * correction[c] / n) / n }
    let eps = Double.ulpOfOne
    let scales = (0..<m.cols).map { c -> Double in
      let upper = n * eps * variances[c] + (n * means[c] * eps) * (n * means[c] * eps)
      let s = sqrt(variances[c])
      return variances[c] <= upper || s == 0 ? 1 : s
    }
    mean = withMean ? means : nil
    variance = withStd ? variances : nil
    scale = withStd ? scales : nil
    nSamplesSeen = m.rows
    if !withMean && !withStd { mean = nil }
    return self
  }

  /// Standardizes `x`.
  public func transform(_ x: Tensor) throws -> Tensor {
    guard nSamplesSeen > 0 else { throw DatasetError.notFitted(type: "StandardScaler") }
    let m = try Matrix(x)
    try m.requireColumns(mean?.count ?? scale?.count ?? m.cols, "StandardScaler")
    return try m.map { v, c in
      var out = v
      if let mean { out -= mean[c] }
      if let scale { out /= scale[c] }
      return out
    }.tensor()
  }

  /// `fit` then `transform`.
  public mutating func fitTransform(_ x: Tensor) throws -> Tensor {
    try fit(x)
    return try transform(x)
  }

  /// Undoes `transform`: x · scale_ + mean_.
  public func inverseTransform(_ x: Tensor) throws -> Tensor {
    guard nSamplesSeen > 0 else { throw DatasetError.notFitted(type: "StandardScaler") }
    let m = try Matrix(x)
    try m.requireColumns(mean?.count ?? scale?.count ?? m.cols, "StandardScaler")
    return try m.map { v, c in
      var out = v
      if let scale { out *= scale[c] }
      if let mean { out += mean[c] }
      return out
    }.tensor()
  }
}
