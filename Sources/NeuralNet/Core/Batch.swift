import Tensor

/// A float32 batch flowing between layers: values in row-major order and the
/// full shape, batch dimension first.
public struct Batch: Equatable, Sendable {
  /// The elements.
  public var values: [Float]
  /// The shape, `shape[0]` being the number of samples.
  public var shape: [Int]

  /// Creates a batch; `values.count` must equal the product of `shape`.
  public init(values: [Float], shape: [Int]) {
    self.values = values
    self.shape = shape
  }

  /// The number of samples.
  public var count: Int { shape.first ?? 0 }

  /// The length of the last axis (1 for a rank-1 batch).
  public var width: Int { shape.count > 1 ? (shape.last ?? 1) : 1 }

  /// The number of rows when the last axis is the feature axis.
  public var rows: Int { width == 0 ? 0 : values.count / width }

  /// The per-sample shape (without the batch dimension).
  public var featureShape: [Int] { Array(shape.dropFirst()) }

  /// The per-sample element count.
  public var sampleSize: Int {
    var size = 1
    for axis in shape.indices.dropFirst() { size *= shape[axis] }
    return size
  }

  /// The samples at `indices` gathered into a new batch.
  public func gather(_ indices: ArraySlice<Int>) -> Batch {
    let size = sampleSize
    var out = [Float](repeating: 0, count: indices.count * size)
    out.withUnsafeMutableBufferPointer { dst in
      values.withUnsafeBufferPointer { src in
        var o = 0
        for i in indices {
          let base = i * size
          for j in 0..<size { dst[o + j] = src[base + j] }
          o += size
        }
      }
    }
    return Batch(values: out, shape: [indices.count] + featureShape)
  }

  /// Gathers the samples at `indices` of `source` into this batch, reusing its storage
  /// when the size matches (no allocation in a training loop's steady state). Every index
  /// must be a sample of `source` (a training loop's shuffled order).
  public mutating func gather(_ indices: ArraySlice<Int>, from source: Batch) {
    resize(samples: indices.count, like: source)
    let size = source.sampleSize
    values.withUnsafeMutableBufferPointer { dst in
      source.values.withUnsafeBufferPointer { src in
        indices.withUnsafeBufferPointer { rows in
          guard let d = dst.baseAddress, let s = src.baseAddress else { return }
          VectorKernels.gatherRows(rows, width: size, from: s, into: d)
        }
      }
    }
  }

  /// Makes this batch `samples` samples of `source`'s sample shape, keeping its storage (and
  /// values) when the size already matches.
  public mutating func resize(samples: Int, like source: Batch) {
    let total = samples * source.sampleSize
    if values.count != total { values = [Float](repeating: 0, count: total) }
    if shape.first != samples || !shape.dropFirst().elementsEqual(source.shape.dropFirst()) {
      shape = [samples] + source.shape.dropFirst()
    }
  }

  /// Samples `range` as a new batch.
  public func slice(_ range: Range<Int>) -> Batch {
    let size = sampleSize
    return Batch(
      values: Array(values[(range.lowerBound * size)..<(range.upperBound * size)]),
      shape: [range.count] + featureShape)
  }
}
