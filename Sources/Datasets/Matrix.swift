import Tensor

/// A row-major float64 view of a 2-D tensor, for the scalers and metrics.
struct Matrix {
  /// The element values, row after row.
  var values: [Double]
  /// Number of rows.
  let rows: Int
  /// Number of columns.
  let cols: Int

  /// Reads a 2-D tensor (a 1-D tensor is refused like scikit-learn's `check_array`).
  init(_ t: Tensor, name: String = "X") throws {
    guard t.ndim == 2 else {
      throw DatasetError.wrongDimensions(
        name: name,
        expected: "2D array, got \(t.ndim)D array instead. Reshape your data either using array.reshape(-1, 1) if your data has a single feature or array.reshape(1, -1) if it contains a single sample; a 2-D",
        shape: t.shape)
    }
    values = t.doubles
    rows = t.shape[0]
    cols = t.shape[1]
  }

  /// The matrix as a float64 tensor.
  func tensor() throws -> Tensor { try Tensor(values, shape: [rows, cols]) }

  /// Applies `f(value, column)` to each element.
  func map(_ f: (Double, Int) -> Double) -> Matrix {
    var copy = self
    for r in 0..<rows { for c in 0..<cols { copy.values[r * cols + c] = f(values[r * cols + c], c) } }
    return copy
  }

  /// Checks the column count against a fitted width.
  func requireColumns(_ n: Int, _ type: String) throws {
    guard cols == n else {
      throw DatasetError.invalidParameter(name: "X", reason: "X has \(cols) features, but \(type) is expecting \(n) features as input.")
    }
  }
}
