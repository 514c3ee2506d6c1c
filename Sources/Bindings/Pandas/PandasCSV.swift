import Foundation
import Interpreter

/// `pandas.read_csv`: a delimited text file to a DataFrame, inferring each column's type.
enum PandasCSV {
  /// Field texts pandas reads as missing values.
  static let missing: Set<String> = ["", "NA", "N/A", "NaN", "nan", "null", "NULL", "None", "n/a", "-NaN", "-nan"]

  /// Reads `path`; `header` is the header row (nil for none) and `names` the column labels to use.
  static func read(path: String, separator: String, header: Int?, names: [Value]?) throws -> DataFrameObject {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw PyError(.fileNotFoundError, "[Errno 2] No such file or directory: \(StringRepr.quote(path))")
    }
    var rows = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: true)
      .map { split(String($0), separator) }
    var labels: [Value] = []
    if let header, header < rows.count {
      labels = rows[header].map(Value.str)
      rows.removeFirst(header + 1)
    }
    let width = names?.count ?? (labels.isEmpty ? rows.map(\.count).max() ?? 0 : labels.count)
    if let names { labels = names } else if labels.isEmpty { labels = PandasIndex.range(width) }
    for row in rows where row.count > width {
      throw PyError.valueError("Error tokenizing data. C error: Expected \(width) fields, saw \(row.count)")
    }
    let columns = (0..<width).map { column in infer(rows.map { column < $0.count ? $0[column] : "" }) }
    return DataFrameObject(labels: labels, columns: columns)
  }

  /// Splits one line at `separator`, honouring double-quoted fields.
  static func split(_ line: String, _ separator: String) -> [String] {
    guard line.contains("\"") else { return line.components(separatedBy: separator) }
    var fields: [String] = [], current = "", quoted = false
    var rest = Substring(line)
    while let character = rest.first {
      if character == "\"" {
        quoted.toggle()
        rest = rest.dropFirst()
      } else if !quoted, rest.hasPrefix(separator) {
        fields.append(current)
        current = ""
        rest = rest.dropFirst(separator.count)
      } else {
        current.append(character)
        rest = rest.dropFirst()
      }
    }
    return fields + [current]
  }

  /// The column type of field texts: int64, float64 (missing as NaN), bool or str.
  static func infer(_ fields: [String]) -> PandasColumn {
    let trimmed = fields.map { $0.trimmingCharacters(in: .whitespaces) }
    let present = trimmed.filter { !missing.contains($0) }
    if present.count == trimmed.count, !present.isEmpty {
      let ints = present.compactMap { Int($0) }
      if ints.count == present.count { return .ints(ints) }
      let bools = present.compactMap { ["True": true, "TRUE": true, "true": true, "False": false, "FALSE": false, "false": false][$0] }
      if bools.count == present.count { return .bools(bools) }
    }
    let doubles = trimmed.map { missing.contains($0) ? Double.nan : Double($0) }
    if doubles.allSatisfy({ $0 != nil }) { return .floats(doubles.map { $0 ?? .nan }) }
    return .strings(fields.map { missing.contains($0) ? nil : $0 })
  }
}
