/// A value handed to the formatting functions of `PyFormat`.
///
/// The evaluator converts its runtime values into this small closed set before calling
/// `PyFormat.format(_:spec:)` or `PyFormat.percent(_:_:mapping:)`; everything that is not
/// an `int`, `float`, `bool` or `str` travels as `.other` with its already computed
/// `str()` and `repr()` texts and its Python type name (used in error messages).
public enum FormatArgument: Equatable {
  /// A Python `int`.
  case int(Int)
  /// A Python `float`.
  case float(Double)
  /// A Python `bool`.
  case bool(Bool)
  /// A Python `str`.
  case string(String)
  /// Any other object: its `str()`, its `repr()` and its type name (such as `"list"`).
  case other(str: String, repr: String, typeName: String)
}
