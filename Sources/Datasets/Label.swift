import Tensor

/// A class label or category value: an integer, a float or a string, ordered like NumPy's sort.
public enum Label: Hashable, Comparable, CustomStringConvertible, Sendable {
  /// An integer label (from an int64 or bool array).
  case int(Int)
  /// A floating-point label.
  case float(Double)
  /// A string label.
  case string(String)

  /// Python's `str()` of the label (floats as their shortest repr, e.g. `1.0`).
  public var description: String {
    switch self {
    case .int(let i): return String(i)
    case .float(let d): return Label.pythonRepr(d)
    case .string(let s): return s
    }
  }

  /// The numeric value, or nil for strings.
  public var numericValue: Double? {
    switch self {
    case .int(let i): return Double(i)
    case .float(let d): return d
    case .string: return nil
    }
  }

  /// Numbers order numerically before strings; strings order by Unicode scalars like NumPy.
  public static func < (lhs: Label, rhs: Label) -> Bool {
    switch (lhs.numericValue, rhs.numericValue) {
    case let (a?, b?): return a < b
    case (.some, nil): return true
    case (nil, .some): return false
    case (nil, nil):
      guard case .string(let a) = lhs, case .string(let b) = rhs else { return false }
      return Array(a.unicodeScalars.map(\.value)).lexicographicallyPrecedes(b.unicodeScalars.map(\.value))
    }
  }

  /// The labels of a tensor's elements in row-major order (ints for int/bool dtypes, floats otherwise).
  public static func labels(_ tensor: Tensor) -> [Label] {
    switch tensor.dtype {
    case .int64, .bool: return tensor.ints.map { .int($0) }
    case .float32, .float64: return tensor.doubles.map { .float($0) }
    }
  }

  /// The labels as a 1-D tensor (int64 if all are ints, float64 if all are numbers), or nil for strings.
  public static func tensor(_ labels: [Label]) -> Tensor? {
    var ints: [Int] = []
    var allInts = true
    var doubles: [Double] = []
    for label in labels {
      switch label {
      case .int(let i):
        ints.append(i)
        doubles.append(Double(i))
      case .float(let d):
        allInts = false
        doubles.append(d)
      case .string:
        return nil
      }
    }
    return allInts ? Tensor(ints) : Tensor(doubles)
  }

  /// The sorted distinct labels (`np.unique`).
  public static func unique(_ labels: [Label]) -> [Label] {
    Array(Set(labels)).sorted()
  }

  /// Python's `repr` of a float: shortest round-trip digits, `.0` for integral values.
  static func pythonRepr(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    let s = "\(d)"
    if s.hasSuffix(".0") || s.contains("e") || s.contains(".") { return s }
    return s + ".0"
  }
}
