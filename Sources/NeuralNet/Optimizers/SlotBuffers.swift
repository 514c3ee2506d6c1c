/// One parameter's optimizer slots (momenta, velocities, …), boxed so that an update writes
/// the buffers in place: the box, not a dictionary entry, owns the arrays.
final class SlotBuffers {
  /// The slot arrays, each as long as the parameter.
  var buffers: [[Float]]

  /// `count` slots of `size` elements, all `initial`.
  init(count: Int, size: Int, initial: Float) {
    buffers = Array(repeating: [Float](repeating: initial, count: size), count: count)
  }
}
