extension Tensor {
  /// `a[index]`: basic, fancy (integer arrays) and boolean-mask indexing.
  /// The result is always a copy.
  public func get(_ index: [TensorIndex]) throws -> Tensor {
    let plan = try resolve(index)
    return Tensor(unchecked: data.gather(plan.offsets), shape: plan.shape)
  }

  /// `a[index] = value`, broadcasting `value` to the selection and casting
  /// it to this array's dtype.
  public mutating func set(_ index: [TensorIndex], to value: Tensor) throws {
    let plan = try resolve(index)
    let v: Tensor
    do {
      v = try value.broadcast(to: plan.shape)
    } catch {
      throw plan.advanced
        ? TensorError.value(
          "shape mismatch: value array of shape \(shapeString(value.shape)) could not be broadcast to indexing result of shape \(shapeString(plan.shape))")
        : TensorError.assignBroadcast(value: value.shape, target: plan.shape)
    }
    data.scatter(plan.offsets, from: v.data)
  }

  /// `a[index] = scalar`.
  public mutating func set(_ index: [TensorIndex], to value: Scalar) throws {
    try set(index, to: Tensor(scalar: value))
  }

  /// `a[i, j, ...]` with integers only, as a 0-d or smaller tensor.
  public subscript(indices: Int...) -> Tensor? {
    try? get(indices.map { TensorIndex.int($0) })
  }

  private enum Axis {
    case range(start: Int, step: Int, count: Int, stride: Int)
    case newAxis
    case advanced
  }

  /// Resolves a subscript into the flat source offsets of the result.
  private func resolve(_ index: [TensorIndex]) throws -> (offsets: [Int], shape: [Int], advanced: Bool) {
    // Expand booleans into integer arrays and count consumed dimensions.
    var items: [TensorIndex] = []
    var consumed = 0
    var ellipses = 0
    for item in index {
      switch item {
      case .int, .slice: consumed += 1
      case .array(let t): consumed += t.dtype == .bool ? Swift.max(t.ndim, 1) : 1
      case .ellipsis: ellipses += 1
      case .newAxis: break
      }
      items.append(item)
    }
    if ellipses > 1 { throw TensorError.multipleEllipsis }
    if consumed > ndim { throw TensorError.tooManyIndices(ndim: ndim, indexed: consumed) }
    if let e = items.firstIndex(where: { if case .ellipsis = $0 { return true } else { return false } }) {
      items.replaceSubrange(e...e, with: [TensorIndex](repeating: .all, count: ndim - consumed))
    } else {
      items += [TensorIndex](repeating: .all, count: ndim - consumed)
    }
    let st = Tensor.strides(shape)
    var base = 0
    var axes: [Axis] = []
    var advArrays: [(values: [Int], shape: [Int], stride: Int)] = []
    var advPositions: [Int] = []
    var dim = 0
    let hasArray = items.contains { if case .array = $0 { return true } else { return false } }
    for item in items {
      switch item {
      case .newAxis: axes.append(.newAxis)
      case .int(let raw):
        let i = raw < 0 ? raw + shape[dim] : raw
        guard i >= 0 && i < shape[dim] else {
          throw TensorError.indexOutOfBounds(index: raw, axis: dim, size: shape[dim])
        }
        if hasArray {
          // Next to index arrays, an integer is an advanced (0-d) index.
          advArrays.append(([i], [], st[dim]))
          advPositions.append(axes.count)
          axes.append(.advanced)
        } else {
          base += i * st[dim]
        }
        dim += 1
      case .slice(let start, let stop, let step):
        let (s, stp, n) = try Tensor.sliceIndices(start, stop, step, length: shape[dim])
        axes.append(.range(start: s, step: stp, count: n, stride: st[dim]))
        dim += 1
      case .array(let t):
        if t.dtype == .bool {
          let maskShape = t.ndim == 0 ? [1] : t.shape
          for (k, m) in maskShape.enumerated() where shape[dim + k] != m {
            throw TensorError.booleanMismatch(axis: dim + k, size: shape[dim + k], maskSize: m)
          }
          let flags = t.bools
          let mst = Tensor.strides(maskShape)
          let hits = flags.indices.filter { flags[$0] }
          for k in 0..<maskShape.count {
            advArrays.append((hits.map { ($0 / mst[k]) % maskShape[k] }, [hits.count], st[dim + k]))
          }
          advPositions.append(axes.count)
          axes.append(.advanced)
          dim += maskShape.count
        } else if t.dtype == .int64 {
          let vals = try t.ints.map { raw -> Int in
            let i = raw < 0 ? raw + shape[dim] : raw
            guard i >= 0 && i < shape[dim] else {
              throw TensorError.indexOutOfBounds(index: raw, axis: dim, size: shape[dim])
            }
            return i
          }
          advArrays.append((vals, t.shape, st[dim]))
          advPositions.append(axes.count)
          axes.append(.advanced)
          dim += 1
        } else {
          throw TensorError.nonIntegerIndexArray
        }
      case .ellipsis: break
      }
    }
    // Advanced indices broadcast together and form one block of axes.
    var advShape: [Int] = []
    var advDeltas: [Int] = []
    if !advArrays.isEmpty {
      advShape = try Broadcast.shape(advArrays.map(\.shape))
      let n = try Tensor.checkedCount(advShape, dtype: .int64)
      advDeltas = [Int](repeating: 0, count: n)
      for arr in advArrays {
        let expanded = Broadcast.apply(arr.values, arr.shape, [0], [], out: advShape, count: n) { x, _ in x }
        for j in 0..<n { advDeltas[j] += expanded[j] * arr.stride }
      }
      let contiguous = advPositions.last.map { $0 - (advPositions.first ?? 0) == advPositions.count - 1 } ?? true
      axes.removeAll { if case .advanced = $0 { return true } else { return false } }
      axes.insert(.advanced, at: contiguous ? (advPositions.first ?? 0) : 0)
    }
    var outShape: [Int] = []
    for a in axes {
      switch a {
      case .range(_, _, let count, _): outShape.append(count)
      case .newAxis: outShape.append(1)
      case .advanced: outShape += advShape
      }
    }
    _ = try Tensor.checkedCount(outShape, dtype: .int64)
    var offsets = [base]
    for a in axes {
      var next: [Int] = []
      switch a {
      case .newAxis: continue
      case .range(let start, let step, let count, let stride):
        next.reserveCapacity(offsets.count * count)
        for o in offsets {
          for i in 0..<count { next.append(o + (start + i * step) * stride) }
        }
      case .advanced:
        next.reserveCapacity(offsets.count * advDeltas.count)
        for o in offsets {
          for d in advDeltas { next.append(o + d) }
        }
      }
      offsets = next
    }
    return (offsets, outShape, !advArrays.isEmpty)
  }

  /// Python's `slice.indices(length)`: normalised start, step and count.
  static func sliceIndices(_ start: Int?, _ stop: Int?, _ step: Int?, length: Int) throws -> (Int, Int, Int) {
    let step = step ?? 1
    if step == 0 { throw TensorError.zeroStep }
    func clamp(_ v: Int?, _ def: Int) -> Int {
      guard var v else { return def }
      if v < 0 {
        v += length
        if v < 0 { v = step < 0 ? -1 : 0 }
      } else if v >= length {
        v = step < 0 ? length - 1 : length
      }
      return v
    }
    let s = clamp(start, step < 0 ? length - 1 : 0)
    let e = clamp(stop, step < 0 ? -1 : length)
    let count: Int
    // Ceiling division written so that no step, not even Int.min, overflows.
    if step > 0 {
      count = e > s ? (e - s - 1) / step + 1 : 0
    } else {
      count = s > e ? Int(UInt(s - e - 1) / step.magnitude) + 1 : 0
    }
    return (s, step, count)
  }
}
