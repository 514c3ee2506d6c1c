import Foundation

/// This process's input history, in memory, answering `history_request`s.
///
/// Entries are numbered by execution count; the session number is always
/// `HistoryStore.session` (requests may also say 0 for "current session").
struct HistoryStore {
  /// One stored cell.
  struct Entry: Equatable {
    var line: Int
    var input: String
    var output: String?
  }

  /// The session number reported in every entry.
  static let session = 1

  private(set) var entries: [Entry] = []

  /// Records a cell run with `store_history`.
  mutating func append(line: Int, input: String, output: String?) {
    entries.append(Entry(line: line, input: input, output: output))
  }

  /// The last `n` entries (all when nil), optionally without repeated inputs.
  func tail(_ n: Int?, unique: Bool = false) -> [Entry] {
    let list = unique ? Self.uniqued(entries) : entries
    guard let n else { return list }
    return Array(list.suffix(max(0, n)))
  }

  /// Entries of `session` with `start <= line < stop` (stop nil: to the end).
  func range(session: Int, start: Int, stop: Int?) -> [Entry] {
    guard session == 0 || session == Self.session else { return [] }
    return entries.filter { entry in
      entry.line >= start && (stop.map { entry.line < $0 } ?? true)
    }
  }

  /// Entries whose input matches the glob `pattern` (`*`, `?`, `[...]`), oldest first.
  func search(pattern: String, unique: Bool, n: Int?) -> [Entry] {
    let matching = entries.filter { fnmatch(pattern, $0.input, 0) == 0 }
    let list = unique ? Self.uniqued(matching) : matching
    guard let n else { return list }
    return Array(list.suffix(max(0, n)))
  }

  /// Keeps the most recent entry of each distinct input, in chronological order.
  private static func uniqued(_ list: [Entry]) -> [Entry] {
    var seen = Set<String>()
    var kept: [Entry] = []
    for entry in list.reversed() where seen.insert(entry.input).inserted {
      kept.append(entry)
    }
    return kept.reversed()
  }
}
