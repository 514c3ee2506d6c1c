import Foundation
import Interpreter
import Tensor

/// The values of one pandas column (or Series): int64, float64 (NaN for missing), bool or str.
enum PandasColumn {
  /// `int64` values.
  case ints([Int])
  /// `float64` values; NaN marks a missing value.
  case floats([Double])
  /// `bool` values.
  case bools([Bool])
  /// `str` values; `nil` marks a missing value.
  case strings([String?])

  /// The number of values.
  var count: Int {
    switch self {
    case .ints(let a): return a.count
    case .floats(let a): return a.count
    case .bools(let a): return a.count
    case .strings(let a): return a.count
    }
  }

  /// The dtype name pandas prints (`int64`, `float64`, `bool`, `str`).
  var dtypeName: String {
    switch self {
    case .ints: return "int64"
    case .floats: return "float64"
    case .bools: return "bool"
    case .strings: return "str"
    }
  }

  /// Whether the column holds numbers (describe() and mean() use these).
  var isNumeric: Bool {
    switch self {
    case .ints, .floats: return true
    case .bools, .strings: return false
    }
  }

  /// Whether pandas prints the column's header with a sign space (numeric and bool columns).
  var hasNumericHeader: Bool {
    if case .strings = self { return false }
    return true
  }

  /// The values as doubles (missing and text values as NaN).
  var doubles: [Double] {
    switch self {
    case .ints(let a): return a.map(Double.init)
    case .floats(let a): return a
    case .bools(let a): return a.map { $0 ? 1 : 0 }
    case .strings(let a): return a.map { _ in Double.nan }
    }
  }

  /// The cell value at `row`.
  func value(at row: Int) -> Value {
    switch self {
    case .ints(let a): return .int(a[row])
    case .floats(let a): return .float(a[row])
    case .bools(let a): return .bool(a[row])
    case .strings(let a): return a[row].map(Value.str) ?? .float(Double.nan)
    }
  }

  /// The rows at `rows`, in order.
  func select(_ rows: [Int]) -> PandasColumn {
    switch self {
    case .ints(let a): return .ints(rows.map { a[$0] })
    case .floats(let a): return .floats(rows.map { a[$0] })
    case .bools(let a): return .bools(rows.map { a[$0] })
    case .strings(let a): return .strings(rows.map { a[$0] })
    }
  }

  /// The column as a 1-D tensor, or `nil` for text columns (Neurona arrays hold numbers only).
  var tensor: Tensor? {
    switch self {
    case .ints(let a): return Tensor(a)
    case .floats(let a): return Tensor(a)
    case .bools(let a): return try? Tensor(a, shape: [a.count])
    case .strings: return nil
    }
  }

  /// Missing values replaced by `fill` (NaN floats, missing strings).
  func filled(with fill: Value) -> PandasColumn {
    switch (self, fill) {
    case (.floats(let a), .int(let i)): return .floats(a.map { $0.isNaN ? Double(i) : $0 })
    case (.floats(let a), .float(let d)): return .floats(a.map { $0.isNaN ? d : $0 })
    case (.strings(let a), _): return .strings(a.map { $0 ?? Evaluator.strOf(fill) })
    default: return self
    }
  }

  /// Builds a column from a list, tuple or 1-D array value.
  static func make(_ value: Value, _ evaluator: Evaluator) throws -> PandasColumn {
    if let series = value.as(SeriesObject.self) { return series.column }
    if let array = value.as(NDArray.self) {
      let tensor = array.tensor
      guard tensor.ndim == 1 else { throw PyError.valueError("Per-column arrays must each be 1-dimensional") }
      switch tensor.dtype {
      case .int64: return .ints(tensor.ints)
      case .bool: return .bools(tensor.bools)
      case .float32, .float64: return .floats(tensor.doubles)
      }
    }
    return make(items: try evaluator.collect(value))
  }

  /// Infers the column type of Python values: ints, bools, floats (None as NaN) or strings.
  static func make(items: [Value]) -> PandasColumn {
    var ints: [Int] = [], floats: [Double] = [], bools: [Bool] = []
    var allInts = true, allBools = true, allNumbers = true
    for original in items {
      var item = original
      if case .object(let object) = original, let number = object.numericValue() { item = number }
      switch item {
      case .int(let i): ints.append(i); floats.append(Double(i)); allBools = false
      case .bool(let b): bools.append(b); allInts = false; allNumbers = false
      case .float(let d): floats.append(d); allInts = false; allBools = false
      case .none: floats.append(Double.nan); allInts = false; allBools = false
      default: allInts = false; allBools = false; allNumbers = false
      }
    }
    if items.isEmpty { return .floats([]) }
    if allInts { return .ints(ints) }
    if allBools { return .bools(bools) }
    if allNumbers { return .floats(floats) }
    return .strings(items.map { $0.isNone ? nil : Evaluator.strOf($0) })
  }

  /// Each value formatted as pandas prints it in a table, with its leading sign space.
  var formatted: [String] {
    switch self {
    case .ints(let a): return a.map { $0 < 0 ? String($0) : " " + String($0) }
    case .bools(let a): return a.map { $0 ? " True" : " False" }
    case .strings(let a): return a.map { " " + ($0 ?? "NaN") }
    case .floats(let a): return PandasColumn.formatFloats(a)
    }
  }

  /// pandas's float layout: six decimals with common trailing zeros trimmed, or scientific
  /// notation when some value would round to zero or is large and too wide.
  static func formatFloats(_ values: [Double]) -> [String] {
    let fixed = trimmed(values.map { $0.isNaN ? "NaN" : String(format: "% .6f", $0) })
    let finite = values.filter { !$0.isNaN }.map(abs)
    let hasSmall = finite.contains { $0 > 0 && $0 < 1e-6 }
    let tooLong = (fixed.map(\.count).max() ?? 0) > 12 && finite.contains { $0 > 1e6 }
    guard hasSmall || tooLong else { return fixed }
    return values.map { $0.isNaN ? "NaN" : String(format: "% .6e", $0) }
  }

  /// Drops trailing zeros common to all fixed-point strings, keeping one decimal.
  private static func trimmed(_ strings: [String]) -> [String] {
    func isDecimal(_ s: String) -> Bool { s.contains(".") && !s.contains("e") && s != "NaN" && !s.contains("inf") }
    var result = strings
    while case let numbers = result.filter(isDecimal), !numbers.isEmpty, numbers.allSatisfy({ $0.hasSuffix("0") }) {
      result = result.map { isDecimal($0) ? String($0.dropLast()) : $0 }
    }
    return result.map { isDecimal($0) && $0.hasSuffix(".") ? $0 + "0" : $0 }
  }
}
