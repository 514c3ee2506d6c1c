import Foundation
import Tensor

/// NumPy's `np.loadtxt` and `np.genfromtxt` for numeric text tables.
public enum TextTable {
  /// Options shared by both readers.
  public struct Options {
    /// The column separator; nil splits on runs of whitespace.
    public var delimiter: String? = nil
    /// Lines skipped at the top (`skiprows` / `skip_header`).
    public var skipRows = 0
    /// The columns to keep, in order (negative counts from the end).
    public var useCols: [Int]? = nil
    /// The element type: `.float64` (default) or `.int64`.
    public var dtype: DType = .float64
    /// The comment marker; text after it on a line is ignored.
    public var comments: String? = "#"

    /// NumPy's defaults.
    public init() {}
  }

  /// `np.loadtxt`: every value must parse; ragged rows are an error. Squeezed like NumPy (ndmin=0).
  public static func loadtxt(text: String, options: Options = Options()) throws -> Tensor {
    try read(text: text, options: options, lenient: false)
  }

  /// `np.genfromtxt`: empty or non-numeric fields become nan; ragged rows are an error.
  public static func genfromtxt(text: String, options: Options = Options()) throws -> Tensor {
    try read(text: text, options: options, lenient: true)
  }

  /// Reads a file and parses it with `loadtxt` (or `genfromtxt` when `lenient`).
  public static func load(path: String, options: Options = Options(), lenient: Bool = false) throws -> Tensor {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DatasetError.fileUnreadable(path: path, reason: "\(path) not found.")
    }
    return try read(text: String(decoding: data, as: UTF8.self), options: options, lenient: lenient)
  }

  private static func read(text: String, options: Options, lenient: Bool) throws -> Tensor {
    var rows: [[String]] = []
    var lineNumbers: [Int] = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (i, raw) in lines.enumerated() where i >= options.skipRows {
      var line = Substring(raw.hasSuffix("\r") ? raw.dropLast() : raw)
      if let marker = options.comments, let r = line.range(of: marker) { line = line[..<r.lowerBound] }
      if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
      let fields: [String]
      if let d = options.delimiter {
        fields = line.components(separatedBy: d).map { $0.trimmingCharacters(in: .whitespaces) }
      } else {
        fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
      }
      rows.append(fields)
      lineNumbers.append(i + 1)
    }
    guard let width = rows.first?.count else { return try Tensor([Double](), shape: [0]) }
    for (k, row) in rows.enumerated() where row.count != width {
      if lenient {
        throw DatasetError.textParse(line: lineNumbers[k], reason: "got \(row.count) columns instead of \(width)")
      }
      throw DatasetError.textParse(
        line: lineNumbers[k], reason: "the number of columns changed from \(width) to \(row.count) at row \(k + 1); use `usecols` to select a subset and avoid this error")
    }
    let cols = try (options.useCols ?? Array(0..<width)).map { c -> Int in
      let idx = c < 0 ? c + width : c
      guard idx >= 0 && idx < width else {
        throw DatasetError.invalidParameter(name: "usecols", reason: "column index \(c) is out of range for a file with \(width) columns")
      }
      return idx
    }
    var doubles: [Double] = []
    var ints: [Int] = []
    for (k, row) in rows.enumerated() {
      for c in cols {
        let field = row[c]
        if options.dtype == .int64 {
          guard let v = Int(field) else {
            throw DatasetError.textParse(line: lineNumbers[k], reason: "could not convert string '\(field)' to int64 at row \(k), column \(c + 1).")
          }
          ints.append(v)
        } else if let v = parseFloat(field) {
          doubles.append(v)
        } else if lenient {
          doubles.append(.nan)
        } else {
          throw DatasetError.textParse(line: lineNumbers[k], reason: "could not convert string '\(field)' to float64 at row \(k), column \(c + 1).")
        }
      }
    }
    var shape = [rows.count, cols.count].filter { $0 != 1 }
    if rows.count == 0 { shape = [0] }
    return options.dtype == .int64 ? try Tensor(ints, shape: shape) : try Tensor(doubles, shape: shape)
  }

  private static func parseFloat(_ s: String) -> Double? {
    switch s.lowercased() {
    case "nan", "+nan", "-nan": return .nan
    case "inf", "+inf", "infinity": return .infinity
    case "-inf", "-infinity": return -.infinity
    default: return s.isEmpty ? nil : Double(s)
    }
  }
}
