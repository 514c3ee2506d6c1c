import Tensor

/// scikit-learn's `MinMaxScaler`: maps each feature's [min, max] onto `featureRange`.
public struct MinMaxScaler {
  /// The target range (min, max).
  public let featureRange: (Double, Double)
  /// Clip transformed values into the range.
  public let clip: Bool
  /// Per-feature minimum seen (`data_min_`).
  public private(set) var dataMin: [Double]?
  /// Per-feature maximum seen (`data_max_`).
  public private(set) var dataMax: [Double]?
  /// Per-feature multiplier (`scale_`).
  public private(set) var scale: [Double]?
  /// Per-feature offset (`min_`).
  public private(set) var min: [Double]?

  /// A scaler onto `featureRange` (default (0, 1)).
  public init(featureRange: (Double, Double) = (0, 1), clip: Bool = false) throws {
    guard featureRange.0 < featureRange.1 else {
      throw DatasetError.invalidParameter(
        name: "feature_range", reason: "Minimum of desired feature range must be smaller than maximum. Got \(featureRange).")
    }
    self.featureRange = featureRange
    self.clip = clip
  }

  /// Learns data_min_, data_max_, scale_ and min_ (ignoring NaN like `np.nanmin`).
  @discardableResult
  public mutating func fit(_ x: Tensor) throws -> MinMaxScaler {
    let m = try Matrix(x)
    guard m.rows > 0 else { throw DatasetError.invalidParameter(name: "X", reason: "Found array with 0 sample(s) while a minimum of 1 is required by MinMaxScaler.") }
    var lo = [Double](repeating: .nan, count: m.cols)
    var hi = [Double](repeating: .nan, count: m.cols)
    for r in 0..<m.rows {
      for c in 0..<m.cols {
        let v = m.values[r * m.cols + c]
        if v.isNaN { continue }
        if lo[c].isNaN || v < lo[c] { lo[c] = v }
        if hi[c].isNaN || v > hi[c] { hi[c] = v }
      }
    }
    let width = featureRange.1 - featureRange.0
    let scales = (0..<m.cols).map { c -> Double in
      let range = hi[c] - lo[c]
      return width / (range < 10 * Double.ulpOfOne ? 1 : range)
    }
    dataMin = lo
    dataMax = hi
    scale = scales
    min = (0..<m.cols).map { featureRange.0 - lo[$0] * scales[$0] }
    return self
  }

  /// Scales `x` (x · scale_ + min_, clipped if asked).
  public func transform(_ x: Tensor) throws -> Tensor {
    guard let scale, let min else { throw DatasetError.notFitted(type: "MinMaxScaler") }
    let m = try Matrix(x)
    try m.requireColumns(scale.count, "MinMaxScaler")
    return try m.map { v, c in
      let out = v * scale[c] + min[c]
      return clip ? Swift.min(Swift.max(out, featureRange.0), featureRange.1) : out
    }.tensor()
  }

  /// `fit` then `transform`.
  public mutating func fitTransform(_ x: Tensor) throws -> Tensor {
    try fit(x)
    return try transform(x)
  }

  /// Undoes `transform`: (x − min_) / scale_.
  public func inverseTransform(_ x: Tensor) throws -> Tensor {
    guard let scale, let min else { throw DatasetError.notFitted(type: "MinMaxScaler") }
    let m = try Matrix(x)
    try m.requireColumns(scale.count, "MinMaxScaler")
    return try m.map { v, c in (v - min[c]) / scale[c] }.tensor()
  }
}
