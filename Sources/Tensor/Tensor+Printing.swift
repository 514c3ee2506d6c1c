extension Tensor {
  /// NumPy's default line width.
  static let lineWidth = 75
  /// Arrays larger than this are summarised with `...`.
  static let printThreshold = 1000
  /// Items kept at each edge when summarising.
  static let edgeItems = 3

  /// `repr(a)` exactly as NumPy 2 prints it: `array([1., 2.])`.
  public var repr: String {
    let prefix = "array("
    var lst: String
    if size == 0 {
      lst = "[]"
    } else {
      lst = arrayString(separator: ", ", prefixWidth: prefix.count, suffixWidth: 1)
    }
    var extras: [String] = []
    if (size == 0 && shape != [0]) || size > Tensor.printThreshold {
      extras.append("shape=\(shapeString(shape))")
    }
    if dtype == .float32 || size == 0 { extras.append("dtype=\(dtype.name)") }
    if extras.isEmpty { return prefix + lst + ")" }
    let arrStr = prefix + lst + ","
    let extraStr = extras.joined(separator: ", ") + ")"
    let lastLine = arrStr.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
    let spacer =
      lastLine.count + extraStr.count + 1 > Tensor.lineWidth
      ? "\n" + String(repeating: " ", count: prefix.count) : " "
    lst = arrStr + spacer + extraStr
    return lst
  }

  /// `str(a)` exactly as NumPy 2 prints it: `[[1. 2.]\n [3. 4.]]`; 0-d arrays
  /// print like their scalar.
  public var str: String {
    if ndim == 0, size == 1 { return scalarStr(element(at: 0), dtype: dtype) }
    if size == 0 { return "[]" }
    return arrayString(separator: " ", prefixWidth: 0, suffixWidth: 0)
  }

  private func arrayString(separator: String, prefixWidth: Int, suffixWidth: Int) -> String {
    let summarize = size > Tensor.printThreshold
    let shown = ArrayPrinter.shownOffsets(shape: shape, summarize: summarize, edgeItems: Tensor.edgeItems)
    let formatter = ElementFormatter(values: data.gather(shown), zeroDimensional: ndim == 0)
    let word: (Int) -> String
    switch data {
    case .float64(let a): word = { formatter.format(a[$0]) }
    case .float32(let a): word = { formatter.format(Double(a[$0])) }
    case .int64(let a): word = { formatter.format(int: a[$0]) }
    case .bool(let a): word = { formatter.format(a[$0] ? 1 : 0) }
    }
    let printer = ArrayPrinter(
      shape: shape, strides: Tensor.strides(shape), separator: separator,
      lineWidth: Tensor.lineWidth - suffixWidth, summarize: summarize, edgeItems: Tensor.edgeItems,
      word: word)
    return printer.render(prefixWidth: prefixWidth)
  }
}

/// NumPy 2's `repr` of a scalar taken out of an array: `np.float64(0.5)`,
/// `np.float32(0.5)`, `np.int64(3)`, `np.True_`.
public func scalarRepr(_ value: Scalar, dtype: DType) -> String {
  switch dtype {
  case .bool: return value.doubleValue != 0 ? "np.True_" : "np.False_"
  case .int64: return "np.int64(\(scalarStr(value, dtype: dtype)))"
  case .float32: return "np.float32(\(scalarStr(value, dtype: dtype)))"
  case .float64: return "np.float64(\(scalarStr(value, dtype: dtype)))"
  }
}

/// NumPy 2's `str` of an array scalar (`0.5`, `1e-05`, `3`, `True`).
///
/// Floats print their shortest round-trip digits, positionally with at
/// least one fraction digit when `1e-4 <= |x| < 1e16` (`1e6` for float32) or zero, otherwise
/// in scientific notation with a two-digit minimum exponent.
public func scalarStr(_ value: Scalar, dtype: DType) -> String {
  switch dtype {
  case .bool: return value.doubleValue != 0 ? "True" : "False"
  case .int64:
    if case .int(let i) = value { return String(i) }
    return String(truncatingToInt(value.doubleValue))
  case .float32, .float64:
    let x = dtype == .float32 ? Double(Float(value.doubleValue)) : value.doubleValue
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    let single = dtype == .float32
    let mag = Swift.abs(x)
    if x == 0 || (mag >= 1e-4 && mag < (single ? 1e6 : 1e16)) {
      let (i, f) = FloatDigits.positional(x, precision: 400, single: single)
      return i + "." + (f.isEmpty ? "0" : f)
    }
    let (i, f, e) = FloatDigits.scientific(x, precision: 400, single: single)
    return i + (f.isEmpty ? "" : "." + f) + "e" + FloatDigits.exponentString(e, width: 2)
  }
}
