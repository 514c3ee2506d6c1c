/// Finds the closest known name to a misspelt identifier, for "did you mean" hints.
enum Suggestion {
  /// The candidate within a small edit distance of `name` (case-insensitive), if any.
  static func closest(to name: String, in candidates: [String]) -> String? {
    let target = Array(name.lowercased())
    var best: (String, Int)?
    for candidate in candidates {
      let d = distance(target, Array(candidate.lowercased()))
      if best == nil || d < (best?.1 ?? Int.max) { best = (candidate, d) }
    }
    guard let (match, d) = best else { return nil }
    return d <= max(2, target.count / 3) ? match : nil
  }

  /// Levenshtein distance between two character arrays.
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
