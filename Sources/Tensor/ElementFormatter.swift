/// Formats the elements of one array the way NumPy 2's default
/// `array2string` does (`FloatingFormat` with `floatmode='maxprec'`,
/// precision 8; `IntegerFormat`; `BoolFormat`).
struct ElementFormatter {
  private enum Mode {
    case bool(trueString: String)
    case int(width: Int)
    case positional(padLeft: Int, padRight: Int)
    case scientific(padLeft: Int, precision: Int, expSize: Int, padRight: Int)
  }

  private let mode: Mode
  private let single: Bool
  private let precision = 8

  /// Builds a formatter from the values that will be shown.
  init(values: TensorData, zeroDimensional: Bool) {
    switch values {
    case .bool:
      mode = .bool(trueString: zeroDimensional ? "True" : " True")
      single = false
    case .int64(let a):
      let width = a.isEmpty ? 0 : Swift.max(String(a.max() ?? 0).count, String(a.min() ?? 0).count)
      mode = .int(width: width)
      single = false
    case .float32(let a):
      single = true
      mode = ElementFormatter.floatMode(a.map(Double.init), single: true)
    case .float64(let a):
      single = false
      mode = ElementFormatter.floatMode(a, single: false)
    }
  }

  private static func floatMode(_ data: [Double], single: Bool) -> Mode {
    let finite = data.filter { $0.isFinite }
    let nonZero = finite.filter { $0 != 0 }.map { Swift.abs($0) }
    var expFormat = false
    if let maxVal = nonZero.max(), let minVal = nonZero.min() {
      let cutoff = single ? 1e6 : 1e8
      if maxVal >= cutoff || minVal < 0.0001 || maxVal / minVal > 1000 { expFormat = true }
    }
    var padLeft = 0, padRight = 0
    var mode: Mode
    if finite.isEmpty {
      mode = .positional(padLeft: 0, padRight: 0)
    } else if expFormat {
      var prec = 0, expSize = 0
      for x in finite {
        let (i, f, e) = FloatDigits.scientific(x, precision: 8, single: single)
        padLeft = Swift.max(padLeft, i.count)
        prec = Swift.max(prec, f.count)
        expSize = Swift.max(expSize, Swift.max(2, String(Swift.abs(e)).count))
      }
      padRight = expSize + 2 + prec
      mode = .scientific(padLeft: padLeft, precision: prec, expSize: expSize, padRight: padRight)
    } else {
      for x in finite {
        let (i, f) = FloatDigits.positional(x, precision: 8, single: single)
        padLeft = Swift.max(padLeft, i.count)
        padRight = Swift.max(padRight, f.count)
      }
      mode = .positional(padLeft: padLeft, padRight: padRight)
    }
    if finite.count != data.count {
      let negInf = data.contains { $0.isInfinite && $0 < 0 }
      let offset = padRight + 1
      padLeft = Swift.max(padLeft, 3 - offset, 3 + (negInf ? 1 : 0) - offset)
      switch mode {
      case .positional: mode = .positional(padLeft: padLeft, padRight: padRight)
      case .scientific(_, let p, let e, let r):
        mode = .scientific(padLeft: padLeft, precision: p, expSize: e, padRight: r)
      default: break
      }
    }
    return mode
  }

  /// Formats one element given as a Double (ints and bools are exact).
  func format(_ x: Double) -> String {
    switch mode {
    case .bool(let t): return x != 0 ? t : "False"
    case .int(let width): return pad(String(Int(x)), width)
    case .positional(let padLeft, let padRight):
      if !x.isFinite { return nonFinite(x, width: padLeft + padRight + 1) }
      let (i, f) = FloatDigits.positional(x, precision: precision, single: single)
      return pad(i, padLeft) + "." + f + String(repeating: " ", count: Swift.max(0, padRight - f.count))
    case .scientific(let padLeft, let prec, let expSize, let padRight):
      if !x.isFinite { return nonFinite(x, width: padLeft + padRight + 1) }
      let (i, f, e) = FloatDigits.scientific(x, precision: prec, single: single)
      return pad(i, padLeft) + "." + f + String(repeating: "0", count: Swift.max(0, prec - f.count))
        + "e" + FloatDigits.exponentString(e, width: expSize)
    }
  }

  /// Formats an int element exactly.
  func format(int x: Int) -> String {
    if case .int(let width) = mode { return pad(String(x), width) }
    return format(Double(x))
  }

  private func nonFinite(_ x: Double, width: Int) -> String {
    let text = x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf")
    return pad(text, width)
  }

  private func pad(_ s: String, _ width: Int) -> String {
    let n = s.utf8.count
    return n >= width ? s : String(repeating: " ", count: width - n) + s
  }
}
