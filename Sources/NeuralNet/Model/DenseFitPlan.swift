import Tensor

/// `fit`'s forward and backward passes for a model made only of Dense layers, on buffers
/// allocated once per fit.
///
/// The generic loop hands `Batch` values (arrays and shapes) from layer to layer. For a
/// lesson's 1-3-1 network that bookkeeping, about 150 atomic reference-count operations per
/// step, cost more than the arithmetic. The plan keeps every layer's `z`, `y`, `dz` and `dx` in
/// one raw allocation and calls the same `Dense.forwardRows` / `Dense.backwardRows` as the
/// layers do, so it computes the same numbers (tested bit for bit against the generic loop).
/// Weights and gradients stay in the layers' `Parameter`s, where the optimizer finds them; the
/// plan reads and writes them at their storage addresses.
///
/// A plan is made only for Dense layers without an activity regularizer, on rank-2 input
/// (`samples × features`); any other model trains through the generic loop.
final class DenseFitPlan {
  /// One layer: its parameters' storage and where its workspaces start in `arena`.
  ///
  /// The addresses stay valid for the whole fit: the model holds the layers, and a parameter
  /// keeps its storage at one address for its life.
  private struct Stage {
    let kernel: UnsafeMutablePointer<Float>
    let kernelGradient: UnsafeMutablePointer<Float>
    let bias: UnsafePointer<Float>?
    let biasGradient: UnsafeMutablePointer<Float>?
    let inputs: Int
    let units: Int
    let activation: ActivationFunction
    /// Offsets of `z`, `y`, `dz` (rows×units each) and `dx` (rows×inputs; -1 for the first
    /// layer, whose input gradient nobody reads).
    let z: Int, y: Int, dz: Int, dx: Int
  }

  private let stages: [Stage]
  private let arena: UnsafeMutablePointer<Float>
  private let arenaCount: Int
  /// Where the samples of the last `forward(gathering:from:into:)` lie in the dataset, one
  /// pointer per row, when the products read them there (`readsRowsInPlace`).
  private let rowPointers: UnsafeMutablePointer<UnsafePointer<Float>?>
  private let rowCapacity: Int
  /// Whether the last forward pass read its samples through `rowPointers` (and left `x` as it
  /// was), so that `backward` reads them there too.
  private var readsRowsInPlace = false

  /// The last layer's width.
  let outputWidth: Int

  /// The first layer's kernel storage (which `backward` can update in bands).
  var firstKernel: UnsafeMutablePointer<Float> { stages[0].kernel }

  /// A plan for `layers` and batches of up to `maxRows` samples of `features` values, or nil
  /// when some layer needs the generic loop.
  init?(layers: [Layer], features: Int, maxRows: Int) {
    var stages: [Stage] = []
    var offset = 0
    var inputs = features
    let rows = max(maxRows, 1)
    for (index, layer) in layers.enumerated() {
      guard let dense = layer as? Dense, dense.activityRegularizer == nil, let kernel = dense.kernel,
        kernel.shape == [inputs, dense.units]
      else { return nil }
      let units = dense.units
      let dx = index == 0 ? -1 : offset + 3 * rows * units
      stages.append(
        Stage(
          kernel: kernel.valuesAddress, kernelGradient: kernel.gradientAddress, bias: dense.bias.map { UnsafePointer($0.valuesAddress) },
          biasGradient: dense.bias?.gradientAddress, inputs: inputs, units: units, activation: dense.activation,
          z: offset, y: offset + rows * units, dz: offset + 2 * rows * units, dx: dx))
      offset += 3 * rows * units + (index == 0 ? 0 : rows * inputs)
      inputs = units
    }
    guard !stages.isEmpty else { return nil }
    self.stages = stages
    arenaCount = max(offset, 1)
    arena = .allocate(capacity: arenaCount)
    arena.initialize(repeating: 0, count: arenaCount)
    rowCapacity = rows
    rowPointers = .allocate(capacity: rows)
    rowPointers.initialize(repeating: nil, count: rows)
    outputWidth = inputs
  }

  deinit {
    arena.deallocate()
    rowPointers.deallocate()
  }

  /// Runs every layer on `rows` samples at `x`; returns the last layer's output (rows×width).
  func forward(_ x: UnsafePointer<Float>, rows: Int) -> UnsafePointer<Float> {
    readsRowsInPlace = false
    return forward(from: 0, input: x, rows: rows)
  }

  /// Runs `forward(x, rows:)` on the samples `indices` of `source` (rows of the first layer's
  /// inputs), with the same numbers.
  ///
  /// When the first product splits its depth (`Tensor.splitsDepth`), the samples are read
  /// where they lie in `source`: each thread packs its half of their columns straight from
  /// there, and `backward` reads them there again for the kernel gradient's rows (the half
  /// each thread already has in its cache). Otherwise they are gathered into `x` first.
  func forward(
    gathering indices: UnsafeBufferPointer<Int>, from source: UnsafePointer<Float>, into x: UnsafeMutablePointer<Float>
  ) -> UnsafePointer<Float> {
    let rows = indices.count
    let first = stages[0]
    let features = first.inputs
    guard readsInPlace(rows: rows) else {
      VectorKernels.gatherRows(indices, width: features, from: source, into: x)
      return forward(UnsafePointer(x), rows: rows)
    }
    for (row, index) in indices.enumerated() { rowPointers[row] = source + index * features }
    readsRowsInPlace = true
    let z = arena + first.z
    Tensor.sgemmSplittingDepth(
      transposeB: false, m: rows, n: first.units, k: features, rows: rowPointers, b: first.kernel, ldb: first.units,
      c: z, ldc: first.units)
    first.activation.forwardAddingBias(z, bias: first.bias, into: arena + first.y, rows: rows, width: first.units)
    return forward(from: 1, input: UnsafePointer(arena + first.y), rows: rows)
  }

  /// Whether `forward(gathering:from:into:)` reads `rows` samples where they lie: when the
  /// first product splits its depth (`Tensor.splitsDepth`) and the kernel gradient's product
  /// is cut into bands (`updatesFirstKernelInBands`), which `backward` then computes from the
  /// same rows. Otherwise it gathers them first, as a caller could.
  func readsInPlace(rows: Int) -> Bool {
    rows <= rowCapacity && Tensor.splitsDepth(m: rows, n: stages[0].units, k: stages[0].inputs)
      && updatesFirstKernelInBands(rows: rows)
  }

  /// Runs the layers from `start` on, the first of them on `input`.
  private func forward(from start: Int, input x: UnsafePointer<Float>, rows: Int) -> UnsafePointer<Float> {
    var input = x
    for index in start..<stages.count {
      let stage = stages[index]
      let z = arena + stage.z
      let y = arena + stage.y
      Dense.forwardRows(
        x: input, kernel: stage.kernel, bias: stage.bias, z: z, y: y, rows: rows,
        inputs: stage.inputs, units: stage.units, activation: stage.activation)
      input = UnsafePointer(y)
    }
    return input
  }

  /// Back-propagates `outputGradient` (dL/dy of the last layer, rows×width) through the
  /// layers of the last `forward` on the same `x`, writing every kernel and bias gradient.
  ///
  /// With `updateFirstKernel`, a first layer whose weight-gradient product `sgemm` would cut
  /// into row bands is done band by band here instead, each thread calling
  /// `updateFirstKernel(range)` on the elements of the first kernel its band just wrote (the
  /// same numbers as the product, then the update). The optimizer's step then finds those
  /// rows in the cache of the core that wrote them, and the step needs one join instead of two.
  /// After a forward pass that read its samples in place, the first layer always runs in bands
  /// (on those samples). Returns whether the first kernel was updated.
  @discardableResult
  func backward(
    _ x: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>, rows: Int,
    updateFirstKernel: ((Range<Int>) -> Void)? = nil
  ) -> Bool {
    var dy = outputGradient
    for index in stages.indices.reversed() {
      let stage = stages[index]
      if index == 0, readsRowsInPlace || (updateFirstKernel != nil && updatesFirstKernelInBands(rows: rows)) {
        backwardFirstInBands(stage, x: x, dy: dy, rows: rows, update: updateFirstKernel ?? { _ in })
        return updateFirstKernel != nil
      }
      let input = index == 0 ? x : UnsafePointer(arena + stages[index - 1].y)
      let dx = stage.dx < 0 ? nil : arena + stage.dx
      Dense.backwardRows(
        x: input, kernel: stage.kernel, z: arena + stage.z, y: arena + stage.y, dy: dy, dz: arena + stage.dz,
        kernelGradient: stage.kernelGradient, biasGradient: stage.biasGradient, dx: dx, rows: rows,
        inputs: stage.inputs, units: stage.units, activation: stage.activation)
      if let dx { dy = UnsafePointer(dx) }
    }
    return false
  }

  /// Whether `backward` on `rows` samples updates the first kernel in bands when asked: when
  /// `sgemm` would cut its weight-gradient product into row bands.
  func updatesFirstKernelInBands(rows: Int) -> Bool {
    let first = stages[0]
    return rows > 0 && first.inputs >= first.units && Tensor.splitsIntoBands(m: first.inputs, n: first.units, k: rows)
  }

  /// Rows of the first kernel's gradient computed and then updated at a time in a band: four
  /// row tiles, whose gradient (48 × units floats) the update finds in L1.
  static let updateStripRows = 48

  /// The first layer's backward pass (no input gradient) with its kernel gradient computed in
  /// two bands of rows, each band's elements updated by `update` on the thread that computed
  /// them.
  ///
  /// Every element of the gradient is one product over the whole batch whatever the bands, and
  /// the update is element-wise, so where the bands meet changes no number. They meet at
  /// `inputs / 2`, where the forward product's depth split does (`Tensor.sgemmSplittingDepth`):
  /// each core updates the kernel rows it multiplied, and those rows, their optimizer slots and
  /// their gradient stay in that core's cache. (Bands that moved towards the thread that
  /// finished first moved rows between the caches every step: fixed halves are 2.2% faster,
  /// 6.3% beside a busy core.)
  private func backwardFirstInBands(
    _ stage: Stage, x: UnsafePointer<Float>, dy: UnsafePointer<Float>, rows: Int, update: (Range<Int>) -> Void
  ) {
    let dz = arena + stage.dz
    let units = stage.units
    stage.activation.backward(z: arena + stage.z, y: arena + stage.y, dy: dy, into: dz, rows: rows, width: units)
    // One band, the caller's, on a pool without helpers (`run` would run only part 0).
    let boundary = WorkerPool.shared.width > 1 ? stage.inputs / 2 : stage.inputs
    WorkerPool.shared.run(parts: 2) { part in
      let band = part == 0 ? 0..<boundary : boundary..<stage.inputs
      // Strip by strip, so each strip's gradient is still in L1 when the update reads it.
      var lo = band.lowerBound
      while lo < band.upperBound {
        let hi = min(lo + DenseFitPlan.updateStripRows, band.upperBound)
        if readsRowsInPlace {
          Tensor.sgemmUnsplit(
            transposeA: true, transposeB: false, m: hi - lo, n: units, k: rows, rows: rowPointers, column: lo,
            b: UnsafePointer(dz), ldb: units, c: stage.kernelGradient + lo * units, ldc: units)
        } else {
          Tensor.sgemmUnsplit(
            transposeA: true, transposeB: false, m: hi - lo, n: units, k: rows, a: x + lo, lda: stage.inputs,
            b: UnsafePointer(dz), ldb: units, c: stage.kernelGradient + lo * units, ldc: units)
        }
        update((lo * units)..<(hi * units))
        lo = hi
      }
    }
    if let biasGradient = stage.biasGradient {
      VectorKernels.columnSums(dz, rows: rows, width: units, into: biasGradient)
    }
  }
}
