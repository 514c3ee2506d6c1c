/// How `Figure.subplots` shares limits between axes (`sharex=True`, `'row'`, `'col'`).
public enum AxisSharing: String, Equatable, Sendable {
  /// Each axes has its own limits.
  case none
  /// All axes share limits.
  case all
  /// Axes in the same row share limits.
  case row
  /// Axes in the same column share limits.
  case column = "col"

  /// `True` → all, `False` → none.
  public init(_ flag: Bool) { self = flag ? .all : .none }

  /// Parses `'all'`, `'row'`, `'col'`, `'none'`, `'True'`/`'False'`.
  public init(parsing spec: String) throws {
    switch spec {
    case "all", "True", "true": self = .all
    case "none", "False", "false": self = .none
    case "row": self = .row
    case "col": self = .column
    default:
      throw DisplayError.invalidArgument(name: "sharex", reason: "must be one of 'all', 'row', 'col', 'none', True, False; got '\(spec)'")
    }
  }
}
