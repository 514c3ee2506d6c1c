/// Copies of elements and of whole arrays: NumPy's `repeat` and `tile`.
extension Tensor {
  /// Each element along `axis` repeated `counts[i]` times (NumPy `repeat`).
  ///
  /// `counts` holds one count per element along the axis, or one count for all of them.
  /// Without an axis the array is flattened first. For a = [[1, 2], [3, 4]]:
  /// `repeated([2], axis: nil)` is [1, 1, 2, 2, 3, 3, 4, 4] and `repeated([1, 2], axis: 0)`
  /// is [[1, 2], [3, 4], [3, 4]].
  public func repeated(_ counts: [Int], axis: Int?) throws -> Tensor {
    let source = axis == nil ? flattened() : self
    let a = try Tensor.normalizeAxis(axis ?? 0, source.ndim)
    let length = source.shape[a]
    guard counts.count == 1 || counts.count == length else {
      throw TensorError.value("operands could not be broadcast together with shape (\(length),) (\(counts.count),)")
    }
    guard counts.allSatisfy({ $0 >= 0 }) else { throw TensorError.negativeDimensions }
    let perElement = counts.count == 1 ? [Int](repeating: counts[0], count: length) : counts
    var total = 0
    for count in perElement {
      let (sum, overflow) = total.addingReportingOverflow(count)
      if overflow { throw TensorError.shapeOverflow }
      total = sum
    }
    var shape = source.shape
    shape[a] = total
    _ = try Tensor.checkedCount(shape, dtype: dtype)
    var indices: [Int] = []
    indices.reserveCapacity(total)
    for (i, count) in perElement.enumerated() { indices.append(contentsOf: repeatElement(i, count: count)) }
    return source.taking(indices, axis: a)
  }

  /// The whole array repeated `reps[i]` times along each axis (NumPy `tile`).
  ///
  /// When `reps` is longer than the shape, the array gains leading axes of length 1; when it is
  /// shorter, it is padded with leading 1s. `Tensor([1, 2]).tiled([2, 2])` is
  /// [[1, 2, 1, 2], [1, 2, 1, 2]].
  public func tiled(_ reps: [Int]) throws -> Tensor {
    guard reps.allSatisfy({ $0 >= 0 }) else { throw TensorError.negativeDimensions }
    let rank = Swift.max(ndim, reps.count)
    let shape = [Int](repeating: 1, count: rank - ndim) + self.shape
    let factors = [Int](repeating: 1, count: rank - reps.count) + reps
    var result = try reshaped(shape)
    var target: [Int] = []
    for (length, factor) in zip(shape, factors) {
      let (size, overflow) = length.multipliedReportingOverflow(by: factor)
      if overflow { throw TensorError.shapeOverflow }
      target.append(size)
    }
    _ = try Tensor.checkedCount(target, dtype: dtype)
    for axis in 0..<rank where factors[axis] != 1 {
      let length = shape[axis]
      result = result.taking((0..<(length * factors[axis])).map { $0 % Swift.max(length, 1) }, axis: axis)
    }
    return result
  }

  /// The slices at `indices` (each in `0..<shape[axis]`) along `axis`, in that order.
  func taking(_ indices: [Int], axis: Int) -> Tensor {
    let outer = shape[..<axis].reduce(1, *)
    let inner = shape[(axis + 1)...].reduce(1, *)
    let length = shape[axis]
    var offsets: [Int] = []
    offsets.reserveCapacity(outer * indices.count * inner)
    for o in 0..<outer {
      for index in indices {
        let base = (o * length + index) * inner
        offsets.append(contentsOf: base..<(base + inner))
      }
    }
    var newShape = shape
    newShape[axis] = indices.count
    return Tensor(unchecked: data.gather(offsets), shape: newShape)
  }
}
