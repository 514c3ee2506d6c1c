/// Shape broadcasting and the strided element-wise kernels built on it.
enum Broadcast {
  /// The broadcast shape of several shapes, or a NumPy-worded error.
  static func shape(_ shapes: [[Int]]) throws -> [Int] {
    let nd = shapes.map(\.count).max() ?? 0
    var out = [Int](repeating: 1, count: nd)
    for s in shapes {
      let off = nd - s.count
      for (i, d) in s.enumerated() {
        let cur = out[off + i]
        if cur == d || d == 1 { continue }
        if cur == 1 { out[off + i] = d } else { throw TensorError.broadcast(shapes: shapes) }
      }
    }
    return out
  }

  /// Element strides of `shape` viewed inside broadcast shape `out` (0 where
  /// the dimension is broadcast).
  static func strides(of shape: [Int], in out: [Int]) -> [Int] {
    let own = Tensor.strides(shape)
    let off = out.count - shape.count
    var st = [Int](repeating: 0, count: out.count)
    for i in 0..<shape.count where shape[i] != 1 { st[off + i] = own[i] }
    return st
  }

  /// Applies `op` over two buffers broadcast to `out`; fast paths for equal
  /// shapes and scalar operands, an odometer over outer axes otherwise.
  @inline(__always)
  static func apply<A, B, R>(
    _ a: [A], _ aShape: [Int], _ b: [B], _ bShape: [Int], out: [Int], count: Int,
    _ op: (A, B) -> R
  ) -> [R] {
    if count == 0 { return [] }
    return [R](unsafeUninitializedCapacity: count) { buf, initialized in
      a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in
          if pa.count == count && pb.count == count {
            for i in 0..<count { buf.initializeElement(at: i, to: op(pa[i], pb[i])) }
          } else if pb.count == 1 {
            let y = pb[0]
            if pa.count == count {
              for i in 0..<count { buf.initializeElement(at: i, to: op(pa[i], y)) }
            } else {
              general(pa, aShape, pb, bShape, out, buf, op)
            }
          } else if pa.count == 1 && pb.count == count {
            let x = pa[0]
            for i in 0..<count { buf.initializeElement(at: i, to: op(x, pb[i])) }
          } else {
            general(pa, aShape, pb, bShape, out, buf, op)
          }
        }
      }
      initialized = count
    }
  }

  @inline(__always)
  private static func general<A, B, R>(
    _ pa: UnsafeBufferPointer<A>, _ aShape: [Int], _ pb: UnsafeBufferPointer<B>, _ bShape: [Int],
    _ out: [Int], _ buf: UnsafeMutableBufferPointer<R>, _ op: (A, B) -> R
  ) {
    let sa = strides(of: aShape, in: out)
    let sb = strides(of: bShape, in: out)
    let nd = out.count
    let inner = out[nd - 1]
    let ia = sa[nd - 1], ib = sb[nd - 1]
    var idx = [Int](repeating: 0, count: nd)
    var oa = 0, ob = 0, k = 0
    let total = buf.count
    while k < total {
      var xa = oa, xb = ob
      for _ in 0..<inner {
        buf.initializeElement(at: k, to: op(pa[xa], pb[xb]))
        xa += ia
        xb += ib
        k += 1
      }
      var d = nd - 2
      while d >= 0 {
        idx[d] += 1
        oa += sa[d]
        ob += sb[d]
        if idx[d] < out[d] { break }
        oa -= sa[d] * out[d]
        ob -= sb[d] * out[d]
        idx[d] = 0
        d -= 1
      }
    }
  }

  /// Copies `data` of `shape` broadcast to `out`.
  static func expand(_ data: TensorData, _ shape: [Int], to out: [Int]) -> TensorData {
    let n = out.reduce(1, *)
    if shape == out { return data }
    let unit: [Bool] = [false]
    switch data {
    case .float64(let a): return .float64(apply(a, shape, unit, [], out: out, count: n) { x, _ in x })
    case .float32(let a): return .float32(apply(a, shape, unit, [], out: out, count: n) { x, _ in x })
    case .int64(let a): return .int64(apply(a, shape, unit, [], out: out, count: n) { x, _ in x })
    case .bool(let a): return .bool(apply(a, shape, unit, [], out: out, count: n) { x, _ in x })
    }
  }
}

extension Tensor {
  /// This array broadcast to `shape` (`np.broadcast_to`, as a copy).
  public func broadcast(to target: [Int]) throws -> Tensor {
    let out = try Broadcast.shape([shape, target])
    guard out == target else {
      throw TensorError.value(
        "operands could not be broadcast together with remapped shapes [original->remapped]: \(shapeString(shape, tuple: false))  and requested shape \(shapeString(target, tuple: false))")
    }
    _ = try Tensor.checkedCount(target, dtype: dtype)
    return Tensor(unchecked: Broadcast.expand(data, shape, to: target), shape: target)
  }
}
