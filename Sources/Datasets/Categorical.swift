import Tensor

/// Keras's `keras.utils.to_categorical`.
public enum Categorical {
  /// One-hot encodes integer class ids: shape `y.shape + (numClasses,)` (a trailing axis of 1 is
  /// dropped first), float64 like Keras 3's NumPy implementation; `numClasses` defaults to max + 1.
  public static func toCategorical(_ y: Tensor, numClasses: Int? = nil) throws -> Tensor {
    var shape = y.shape
    if shape.count > 1, shape.last == 1 { shape.removeLast() }
    let ids = y.ints
    if y.dtype.isFloatingPoint {
      guard y.doubles.allSatisfy({ $0 == $0.rounded() }) else {
        throw DatasetError.invalidParameter(name: "x", reason: "to_categorical expects integer class ids")
      }
    }
    let k = numClasses ?? ((ids.max() ?? -1) + 1)
    guard k > 0 else { throw DatasetError.invalidParameter(name: "num_classes", reason: "must be positive, got \(k)") }
    var out = [Double](repeating: 0, count: ids.count * k)
    for (i, c) in ids.enumerated() {
      guard c >= 0 && c < k else {
        throw DatasetError.invalidParameter(name: "x", reason: "index \(c) is out of bounds for axis 1 with size \(k)")
      }
      out[i * k + c] = 1
    }
    return try Tensor(out, shape: shape + [k])
  }
}
