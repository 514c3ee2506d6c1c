/// One component of a NumPy subscript (`a[1, 2:5:2, None, ..., mask]`).
public enum TensorIndex: Sendable {
  /// A single integer (negative counts from the end); removes the axis.
  case int(Int)
  /// A slice `start:stop:step`; nil parts take NumPy's defaults.
  case slice(start: Int?, stop: Int?, step: Int?)
  /// `None` / `np.newaxis`: inserts a length-1 axis.
  case newAxis
  /// `...`: as many full slices as needed.
  case ellipsis
  /// An integer array (fancy indexing) or a boolean mask.
  case array(Tensor)

  /// The full slice `:`.
  public static let all = TensorIndex.slice(start: nil, stop: nil, step: nil)
}
