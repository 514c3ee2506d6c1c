/// "Did you mean ...?" hints for misspelt names, attributes, keywords and option strings.
public enum Suggestions {
  /// The closest candidate to `name`, if one is close enough to be a likely typo.
  public static func closest(_ name: String, in candidates: [String]) -> String? {
    let target = Array(name.lowercased())
    var best: (String, Int)?
    for candidate in candidates where candidate != name {
      let distance = editDistance(target, Array(candidate.lowercased()))
      let limit = max(1, (max(target.count, candidate.count) + 2) / 3)
      guard distance <= limit else { continue }
      if best == nil || distance < best?.1 ?? Int.max { best = (candidate, distance) }
    }
    return best?.0
  }

  /// `". Did you mean 'model'?"` or an empty string.
  public static func didYouMean(_ name: String, in candidates: [String]) -> String {
    closest(name, in: candidates).map { ". Did you mean '\($0)'?" } ?? ""
  }

  /// `". Did you mean: 'model'?"` (the form Python uses for names and attributes) or "".
  public static func didYouMeanColon(_ name: String, in candidates: [String]) -> String {
    closest(name, in: candidates).map { ". Did you mean: '\($0)'?" } ?? ""
  }

  /// Edit distance counting insertions, deletions, substitutions and swaps of adjacent
  /// characters as one edit each (optimal string alignment), so `fti` is one edit from `fit`.
  public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          best = min(best, table[i - 2][j - 2] + 1)
        }
        table[i][j] = best
      }
    }
    return table[a.count][b.count]
  }
}
