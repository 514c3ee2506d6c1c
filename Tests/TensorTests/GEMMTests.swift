import Synchronization
import XCTest

@testable import Tensor

/// `Tensor.sgemm` (BLAS, split into bands across the worker pool for mid-size products),
/// `sgemmLoops` and `sgemmAuto` against a float64 reference, for every transpose case.
final class GEMMTests: XCTestCase {
  /// `op(A)·op(B)` in float64 from row-major buffers.
  func reference(_ a: [Float], _ b: [Float], m: Int, n: Int, k: Int, ta: Bool, tb: Bool) -> [Double] {
    var c = [Double](repeating: 0, count: m * n)
    for i in 0..<m {
      for j in 0..<n {
        var s = 0.0
        for p in 0..<k {
          let x = ta ? a[p * m + i] : a[i * k + p]
          let y = tb ? b[j * k + p] : b[p * n + j]
          s += Double(x) * Double(y)
        }
        c[i * n + j] = s
      }
    }
    return c
  }

  func random(_ count: Int, _ rng: inout SystemRandomNumberGenerator) -> [Float] {
    (0..<count).map { _ in Float.random(in: -1...1, using: &rng) }
  }

  /// Runs `body` with the three buffers' addresses (A and B read, C written).
  func withBuffers(
    _ a: [Float], _ b: [Float], _ c: inout [Float],
    _ body: (UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>) -> Void
  ) {
    a.withUnsafeBufferPointer { pa in
      b.withUnsafeBufferPointer { pb in
        c.withUnsafeMutableBufferPointer { pc in
          if let x = pa.baseAddress, let y = pb.baseAddress, let z = pc.baseAddress { body(x, y, z) }
        }
      }
    }
  }

  func check(m: Int, n: Int, k: Int, using multiply: (Bool, Bool, UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>) -> Void) {
    var rng = SystemRandomNumberGenerator()
    let a = random(m * k, &rng)
    let b = random(k * n, &rng)
    for ta in [false, true] {
      for tb in [false, true] {
        var c = [Float](repeating: .nan, count: m * n)
        withBuffers(a, b, &c) { x, y, z in multiply(ta, tb, x, y, z) }
        let expected = reference(a, b, m: m, n: n, k: k, ta: ta, tb: tb)
        var worst = 0.0
        for i in 0..<(m * n) { worst = max(worst, abs(Double(c[i]) - expected[i])) }
        XCTAssertLessThan(worst, 1e-4 * Double(k).squareRoot() + 1e-5, "\(m)x\(n)x\(k) ta=\(ta) tb=\(tb)")
      }
    }
  }

  func testBLASPathAcrossSplitSizes() {
    XCTAssertEqual(BLAS.splitProductMinimum < BLAS.parallelProductLimit, true)
    // Below the split, split by rows (m ≥ n), split by columns (n > m), odd bands, and
    // one product large enough for OpenBLAS's own threads.
    for (m, n, k) in [(8, 9, 10), (32, 128, 784), (784, 128, 32), (33, 257, 61), (17, 1000, 40), (300, 301, 200)] {
      check(m: m, n: n, k: k) { ta, tb, a, b, c in
        Tensor.sgemm(
          transposeA: ta, transposeB: tb, m: m, n: n, k: k, a: a, lda: ta ? m : k, b: b, ldb: tb ? k : n,
          c: c, ldc: n)
      }
    }
  }

  func testDepthSplitSumsBothHalvesWithAlphaAndBeta() throws {
    try XCTSkipUnless(Tensor.packedGEMM, "the depth split needs the packed kernel")
    var rng = SystemRandomNumberGenerator()
    // An even and an odd depth; both take the depth split in sgemm.
    for (m, n, k) in [(32, 128, 784), (20, 64, 1001)] {
      XCTAssertTrue(Tensor.splitsDepth(m: m, n: n, k: k))
      let a = random(m * k, &rng)
      let b = random(k * n, &rng)
      let start = random(m * n, &rng)
      var c = start
      withBuffers(a, b, &c) { x, y, z in
        Tensor.sgemmSplittingDepth(
          transposeA: false, transposeB: false, m: m, n: n, k: k, alpha: 0.5, a: x, lda: k, b: y, ldb: n,
          beta: 2, c: z, ldc: n)
      }
      let product = reference(a, b, m: m, n: n, k: k, ta: false, tb: false)
      var worst = 0.0
      for i in 0..<(m * n) { worst = max(worst, abs(Double(c[i]) - (0.5 * product[i] + 2 * Double(start[i])))) }
      XCTAssertLessThan(worst, 1e-4 * Double(k).squareRoot(), "\(m)x\(n)x\(k)")
    }
  }

  /// Products whose A is read through row pointers (a mini-batch where it lies in a dataset)
  /// give the bits of the same products on the gathered rows: both transposes, an edge sliver,
  /// two depth blocks, a column offset, alpha and beta, and the depth-split product.
  func testRowPointerProductsMatchTheGatheredProductsBitForBit() {
    var rng = SystemRandomNumberGenerator()
    let width = 900
    let dataset = random(50 * width, &rng)
    let picked = (0..<50).map { ($0 * 17 + 3) % 50 }
    dataset.withUnsafeBufferPointer { data in
      guard let base = data.baseAddress else { return }
      let rows = picked.map { Optional(base + $0 * width) }
      // (m, n, k, transposeA, column): stored A is m×k untransposed, k×m transposed.
      for (m, n, k, ta, column) in [(20, 40, 300, false, 7), (44, 128, 32, true, 130), (13, 33, 45, true, 0)] {
        let stored = ta ? k : m
        let storedWidth = ta ? m : k
        let gathered = (0..<stored).flatMap { i in
          let start = picked[i] * width + column
          return dataset[start..<(start + storedWidth)]
        }
        let b = random(k * n, &rng)
        let start = random(m * n, &rng)
        var viaRows = start
        var viaGather = start
        withBuffers(gathered, b, &viaGather) { x, y, z in
          Tensor.sgemmUnsplit(
            transposeA: ta, transposeB: false, m: m, n: n, k: k, alpha: 0.5, a: x, lda: storedWidth, b: y, ldb: n,
            beta: 2, c: z, ldc: n)
        }
        rows.withUnsafeBufferPointer { pointers in
          guard let p = pointers.baseAddress else { return }
          withBuffers(b, b, &viaRows) { y, _, z in
            Tensor.sgemmUnsplit(
              transposeA: ta, transposeB: false, m: m, n: n, k: k, alpha: 0.5, rows: p, column: column, b: y, ldb: n,
              beta: 2, c: z, ldc: n)
          }
        }
        XCTAssertEqual(viaRows.map(\.bitPattern), viaGather.map(\.bitPattern), "\(m)x\(n)x\(k) ta=\(ta)")
      }
      // The forward product of a batch of 32 samples of 784 values, split in depth.
      let (m, n, k) = (32, 128, 784)
      let gathered = (0..<m).flatMap { i in dataset[(picked[i] * width)..<(picked[i] * width + k)] }
      let b = random(k * n, &rng)
      var viaRows = [Float](repeating: .nan, count: m * n)
      var viaGather = viaRows
      withBuffers(gathered, b, &viaGather) { x, y, z in
        Tensor.sgemmSplittingDepth(
          transposeA: false, transposeB: false, m: m, n: n, k: k, a: x, lda: k, b: y, ldb: n, c: z, ldc: n)
      }
      rows.withUnsafeBufferPointer { pointers in
        guard let p = pointers.baseAddress else { return }
        withBuffers(b, b, &viaRows) { y, _, z in
          Tensor.sgemmSplittingDepth(transposeB: false, m: m, n: n, k: k, rows: p, b: y, ldb: n, c: z, ldc: n)
        }
      }
      XCTAssertEqual(viaRows.map(\.bitPattern), viaGather.map(\.bitPattern), "depth split")
    }
  }

  func testPackedKernelAcrossTileAndPanelEdgesWithAlphaAndBeta() throws {
    try XCTSkipUnless(Tensor.packedGEMM, "no AVX-512 here: products run on OpenBLAS")
    // Shapes around the 12×32 tile, the 256-deep and 144-row blocks and the 2048-column panel,
    // every transpose, with alpha and beta; then k = 0, where C only scales by beta.
    var rng = SystemRandomNumberGenerator()
    // (100, 10, 300) and (60, 1, 7) have few columns: they run through the transposed product.
    // Edge tiles multiply 4, 8 or 12 rows: 20 = 12 + 8, 7 and 10 rows, and 13 = 12 + 1.
    let shapes = [
      (1, 1, 1), (12, 32, 256), (13, 33, 257), (145, 31, 513), (3, 2050, 7), (40, 100, 1), (100, 10, 300), (60, 1, 7),
      (20, 40, 30), (7, 33, 5), (10, 64, 9),
    ]
    for (m, n, k) in shapes {
      let a = random(m * k, &rng)
      let b = random(k * n, &rng)
      let c0 = random(m * n, &rng)
      for ta in [false, true] {
        for tb in [false, true] {
          var c = c0
          withBuffers(a, b, &c) { x, y, z in
            Tensor.sgemm(
              transposeA: ta, transposeB: tb, m: m, n: n, k: k, alpha: 0.5, a: x, lda: ta ? m : k, b: y,
              ldb: tb ? k : n, beta: 2, c: z, ldc: n)
          }
          let product = reference(a, b, m: m, n: n, k: k, ta: ta, tb: tb)
          var worst = 0.0
          for i in 0..<(m * n) { worst = max(worst, abs(Double(c[i]) - (0.5 * product[i] + 2 * Double(c0[i])))) }
          XCTAssertLessThan(worst, 1e-4 * Double(k).squareRoot() + 1e-5, "\(m)x\(n)x\(k) ta=\(ta) tb=\(tb)")
        }
      }
    }
    var c: [Float] = [1, -2, 3]
    let none: [Float] = [0]
    none.withUnsafeBufferPointer { p in
      c.withUnsafeMutableBufferPointer { pc in
        guard let x = p.baseAddress, let z = pc.baseAddress else { return }
        Tensor.sgemm(
          transposeA: false, transposeB: false, m: 1, n: 3, k: 0, a: x, lda: 1, b: x, ldb: 3, beta: 2, c: z, ldc: 3)
      }
    }
    XCTAssertEqual(c, [2, -4, 6])
  }

  func testSmallLoopsAndAuto() {
    for (m, n, k) in [(1, 1, 1), (3, 17, 5), (16, 16, 32), (5, 3, 0)] {
      check(m: m, n: n, k: k) { ta, tb, a, b, c in
        Tensor.sgemmLoops(
          transposeA: ta, transposeB: tb, m: m, n: n, k: k, a: a, lda: ta ? m : k, b: b, ldb: tb ? k : n,
          c: c, ldc: n)
      }
      check(m: m, n: n, k: k) { ta, tb, a, b, c in
        Tensor.sgemmAuto(
          transposeA: ta, transposeB: tb, m: m, n: n, k: k, a: a, lda: ta ? m : k, b: b, ldb: tb ? k : n,
          c: c, ldc: n)
      }
    }
  }

  func testSmallLoopsMatchThePlainLoopBitForBitIncludingTailColumns() {
    // The register kernel, tail columns included (packed and padded, or scalar when k is long),
    // performs each element's multiply-adds in the plain loop's order; rows run in blocks of
    // eight, four and one (13 = 8 + 4 + 1), with alpha = 1 on its own path.
    var rng = SystemRandomNumberGenerator()
    let shapes = [
      (16, 3, 16), (5, 3, 4), (7, 35, 9), (4, 17, 300), (4, 18, 300), (2, 1, 3), (8, 3, 2), (13, 35, 6), (12, 16, 16),
    ]
    for (m, n, k) in shapes {
      for (alpha, beta) in [(Float(1), Float(0)), (0.5, 2)] {
        let a = random(m * k, &rng)
        let b = random(k * n, &rng)
        let c0 = random(m * n, &rng)
        var expected = c0
        for i in 0..<m {
          for j in 0..<n {
            var acc: Float = beta == 0 ? 0 : beta * c0[i * n + j]
            for p in 0..<k { acc += (alpha * a[i * k + p]) * b[p * n + j] }
            expected[i * n + j] = acc
          }
        }
        var c = c0
        withBuffers(a, b, &c) { x, y, z in
          Tensor.sgemmLoops(
            transposeA: false, transposeB: false, m: m, n: n, k: k, alpha: alpha, a: x, lda: k, b: y, ldb: n,
            beta: beta, c: z, ldc: n)
        }
        XCTAssertEqual(c.map(\.bitPattern), expected.map(\.bitPattern), "\(m)x\(n)x\(k) alpha=\(alpha) beta=\(beta)")
      }
    }
  }

  func testAdamKernelMatchesTheScalarFormulaBitForBit() {
    XCTAssertTrue(["avx512f", "avx2", "baseline"].contains(VectorKernels.isa))
    var rng = SystemRandomNumberGenerator()
    for count in [1, 15, 17, 33, 16_384 * 2 + 5] {
      let g = random(count, &rng)
      var theta = random(count, &rng)
      var m = random(count, &rng).map { $0 * 0.1 }
      var v = random(count, &rng).map { abs($0) * 0.01 }
      var expected = (theta, m, v)
      let (c1, c2, alpha, eps): (Float, Float, Float, Float) = (0.1, 0.001, 3e-4, 1e-7)
      for i in 0..<count {
        let mi = expected.1[i] + (g[i] - expected.1[i]) * c1
        let vi = expected.2[i] + (g[i] * g[i] - expected.2[i]) * c2
        expected.1[i] = mi
        expected.2[i] = vi
        expected.0[i] -= alpha * mi / (vi.squareRoot() + eps)
      }
      theta.withUnsafeMutableBufferPointer { t in
        m.withUnsafeMutableBufferPointer { mp in
          v.withUnsafeMutableBufferPointer { vp in
            g.withUnsafeBufferPointer { gp in
              guard let tb = t.baseAddress, let mb = mp.baseAddress, let vb = vp.baseAddress, let gb = gp.baseAddress
              else { return }
              VectorKernels.adamStep(theta: tb, gradient: gb, m: mb, v: vb, count: count, c1: c1, c2: c2, alpha: alpha, eps: eps)
            }
          }
        }
      }
      XCTAssertEqual(theta.map(\.bitPattern), expected.0.map(\.bitPattern), "θ, count \(count)")
      XCTAssertEqual(m.map(\.bitPattern), expected.1.map(\.bitPattern), "m, count \(count)")
      XCTAssertEqual(v.map(\.bitPattern), expected.2.map(\.bitPattern), "v, count \(count)")
    }
  }

  func testOpenBLASIsOpenedOnFirstUseAndAMissingLibraryIsNil() {
    // Installed by `make deps`: the products above ran on it, not on the fallback loops.
    XCTAssertNotNil(OpenBLAS.shared)
    XCTAssertGreaterThanOrEqual(BLAS.maxThreads, 1)
    XCTAssertNil(OpenBLAS.load(names: ["libneurona-no-such-blas.so.0"]))
    // A library without the CBLAS functions (zlib here) is refused, not half-used.
    XCTAssertNil(OpenBLAS.load(names: ["libz.so.1"]))
  }

  func testFloat64FallbackLoopsMatchBLAS() {
    let (m, n, k) = (7, 5, 9)
    let a = (0..<(m * k)).map { Double($0 % 11) - 4.5 }
    let b = (0..<(k * n)).map { Double($0 % 7) * 0.25 - 1 }
    let viaBLAS = BLAS.gemm(a, b, m: m, n: n, k: k)
    let viaLoops = BLAS.gemmLoops(a, b, m: m, n: n, k: k)
    for (x, y) in zip(viaBLAS, viaLoops) { XCTAssertEqual(x, y, accuracy: 1e-12) }
    XCTAssertEqual(viaLoops.count, m * n)
  }

  func testColumnSumsMatchAPlainLoopBitForBit() {
    var rng = SystemRandomNumberGenerator()
    // The last two are summed in bands of columns across the worker pool.
    for (rows, width) in [(0, 5), (1, 1), (16, 3), (17, 16), (9, 37), (32, 128), (600, 40), (512, 1024)] {
      let matrix = random(max(rows * width, 1), &rng)  // never empty: a zero-row sum still gets a pointer
      var expected = [Float](repeating: 0, count: width)
      for r in 0..<rows {
        for j in 0..<width { expected[j] += matrix[r * width + j] }
      }
      var sums = [Float](repeating: .nan, count: width)
      matrix.withUnsafeBufferPointer { m in
        sums.withUnsafeMutableBufferPointer { s in
          guard let ma = m.baseAddress, let sa = s.baseAddress else { return }
          VectorKernels.columnSums(ma, rows: rows, width: width, into: sa)
        }
      }
      XCTAssertEqual(sums.map(\.bitPattern), expected.map(\.bitPattern), "\(rows)x\(width)")
    }
  }
}
