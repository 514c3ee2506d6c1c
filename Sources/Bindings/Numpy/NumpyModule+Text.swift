import Datasets
import Interpreter
import Tensor

extension NumpyModule {
  /// `np.loadtxt` and `np.genfromtxt` for numeric text files (CSV and whitespace-separated).
  static func defineText(in module: PyModule) {
    define(
      module, "loadtxt",
      ["fname", "dtype=", "comments=", "delimiter=", "converters=", "skiprows=", "usecols=", "unpack=", "ndmin=",
       "encoding=", "max_rows="],
      doc: "Load data from a text file; every value must be a number."
    ) { bound, evaluator in
      try readText(bound, evaluator, lenient: false, skipName: "skiprows")
    }
    define(
      module, "genfromtxt",
      ["fname", "dtype=", "comments=", "delimiter=", "skip_header=", "skip_footer=", "converters=", "missing_values=",
       "filling_values=", "usecols=", "names=", "unpack=", "encoding="],
      doc: "Load data from a text file; missing or non-numeric values become nan."
    ) { bound, evaluator in
      try readText(bound, evaluator, lenient: true, skipName: "skip_header")
    }
  }

  private static func readText(
    _ bound: BoundArguments, _ evaluator: Evaluator, lenient: Bool, skipName: String
  ) throws -> Value {
    var options = TextTable.Options()
    if let dtype = try NumpyTypes.dtype(bound) {
      guard dtype == .float64 || dtype == .int64 else {
        throw PyError.typeError("Neurona's \(bound.function) reads float64 or int64 values, not \(dtype)")
      }
      options.dtype = dtype
    }
    if let delimiter = bound["delimiter"] {
      guard case .str(let text) = delimiter else { throw PyError.typeError("delimiter must be a string") }
      options.delimiter = text
    }
    if let comments = bound.values["comments"] {
      if comments.isNone {
        options.comments = nil
      } else {
        guard case .str(let text) = comments else { throw PyError.typeError("comments must be a string or None") }
        options.comments = text
      }
    }
    options.skipRows = try bound[skipName].map(NumpyConvert.int) ?? 0
    if let usecols = bound["usecols"] {
      if let single = try? NumpyConvert.int(usecols) {
        options.useCols = [single]
      } else {
        options.useCols = try evaluator.collect(usecols).map(NumpyConvert.int)
      }
    }
    for unsupported in ["converters", "skip_footer", "missing_values", "filling_values", "names", "max_rows"] where bound[unsupported] != nil {
      throw PyError.typeError("Neurona's \(bound.function) does not support \(unsupported)=")
    }
    var table: Tensor
    do {
      switch bound.values["fname"] ?? .none {
      case .str(let path):
        table = try TextTable.load(path: path, options: options, lenient: lenient)
      case let other:
        let lines = try evaluator.collect(other).map { line -> String in
          guard case .str(let text) = line else {
            throw PyError.typeError("fname must be a file path or a list of lines, not '\(line.typeName)'")
          }
          return text
        }
        let text = lines.joined(separator: "\n")
        table = lenient
          ? try TextTable.genfromtxt(text: text, options: options) : try TextTable.loadtxt(text: text, options: options)
      }
    } catch let error as DatasetError {
      throw Evaluator.convert(error)
    }
    let ndmin = try bound["ndmin"].map(NumpyConvert.int) ?? 0
    if ndmin >= 1 && table.ndim == 0 { table = try table.reshaped([1]) }
    if ndmin == 2 && table.ndim == 1 {
      table = try table.reshaped(options.useCols?.count == 1 || lenient ? [table.size, 1] : [1, table.size])
    }
    if try NumpyConvert.flag(bound["unpack"], evaluator), table.ndim == 2 {
      table = table.transposed()
    }
    return NumpyConvert.array(table)
  }
}
