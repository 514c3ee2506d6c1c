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

  /// The last layer's width.
  let outputWidth: Int

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
    outputWidth = inputs
  }

  deinit { arena.deallocate() }

  /// Runs every layer on `rows` samples at `x`; returns the last layer's output (rows×width).
  func forward(_ x: UnsafePointer<Float>, rows: Int) -> UnsafePointer<Float> {
    var input = x
    for stage in stages {
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
  func backward(_ x: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>, rows: Int) {
    var dy = outputGradient
    for index in stages.indices.reversed() {
      let stage = stages[index]
      let input = index == 0 ? x : UnsafePointer(arena + stages[index - 1].y)
      let dx = stage.dx < 0 ? nil : arena + stage.dx
      Dense.backwardRows(
        x: input, kernel: stage.kernel, z: arena + stage.z, y: arena + stage.y, dy: dy, dz: arena + stage.dz,
        kernelGradient: stage.kernelGradient, biasGradient: stage.biasGradient, dx: dx, rows: rows,
        inputs: stage.inputs, units: stage.units, activation: stage.activation)
      if let dx { dy = UnsafePointer(dx) }
    }
  }
}
