/// Lays out an array's formatted elements like NumPy's `_formatArray`:
/// nested brackets, a hanging indent, line wrapping and `...` summaries.
struct ArrayPrinter {
  let shape: [Int]
  let strides: [Int]
  let separator: String
  let lineWidth: Int
  let summarize: Bool
  let edgeItems: Int
  let word: (Int) -> String

  /// Renders the whole array, starting with `prefix`-wide hanging indent.
  func render(prefixWidth: Int) -> String {
    recurse(axis: 0, offset: 0, hangingIndent: String(repeating: " ", count: 1 + prefixWidth),
      currWidth: lineWidth)
  }

  private func recurse(axis: Int, offset: Int, hangingIndent: String, currWidth: Int) -> String {
    let axesLeft = shape.count - axis
    if axesLeft == 0 { return word(offset) }
    let nextHanging = hangingIndent + " "
    let nextWidth = currWidth - 1
    let length = shape[axis]
    let stride = strides[axis]
    let showSummary = summarize && 2 * edgeItems < length
    let leading = showSummary ? edgeItems : 0
    let trailing = showSummary ? edgeItems : length
    var s = ""
    if axesLeft == 1 {
      let sepWidth = trimmedSeparator.count
      let elemWidth = currWidth - Swift.max(sepWidth, 1)
      var line = hangingIndent
      for i in 0..<leading {
        let w = recurse(axis: axis + 1, offset: offset + i * stride, hangingIndent: nextHanging, currWidth: nextWidth)
        extend(&s, &line, w, elemWidth, hangingIndent)
        line += separator
      }
      if showSummary {
        extend(&s, &line, "...", elemWidth, hangingIndent)
        line += separator
      }
      var i = trailing
      while i > 1 {
        let w = recurse(axis: axis + 1, offset: offset + (length - i) * stride, hangingIndent: nextHanging,
          currWidth: nextWidth)
        extend(&s, &line, w, elemWidth, hangingIndent)
        line += separator
        i -= 1
      }
      let w = recurse(axis: axis + 1, offset: offset + (length - 1) * stride, hangingIndent: nextHanging,
        currWidth: nextWidth)
      extend(&s, &line, w, elemWidth, hangingIndent)
      s += line
    } else {
      let lineSep = trimmedSeparator + String(repeating: "\n", count: axesLeft - 1)
      for i in 0..<leading {
        s += hangingIndent
          + recurse(axis: axis + 1, offset: offset + i * stride, hangingIndent: nextHanging, currWidth: nextWidth)
          + lineSep
      }
      if showSummary { s += hangingIndent + "..." + lineSep }
      var i = trailing
      while i > 1 {
        s += hangingIndent
          + recurse(axis: axis + 1, offset: offset + (length - i) * stride, hangingIndent: nextHanging,
            currWidth: nextWidth)
          + lineSep
        i -= 1
      }
      s += hangingIndent
        + recurse(axis: axis + 1, offset: offset + (length - 1) * stride, hangingIndent: nextHanging,
          currWidth: nextWidth)
    }
    return "[" + String(s.dropFirst(hangingIndent.count)) + "]"
  }

  private var trimmedSeparator: String {
    var s = separator
    while s.last == " " { s.removeLast() }
    return s
  }

  private func extend(_ s: inout String, _ line: inout String, _ word: String, _ width: Int, _ prefix: String) {
    let lineCount = line.utf8.count
    var needsWrap = lineCount + word.utf8.count > width
    if lineCount <= prefix.utf8.count { needsWrap = false }
    if needsWrap {
      while line.last == " " { line.removeLast() }
      s += line + "\n"
      line = prefix
    }
    line += word
  }

  /// Flat offsets of the elements a summarised print shows (NumPy's
  /// `_leading_trailing`), or every offset when not summarising.
  static func shownOffsets(shape: [Int], summarize: Bool, edgeItems: Int) -> [Int] {
    let strides = Tensor.strides(shape)
    var offsets = [0]
    for (axis, length) in shape.enumerated() {
      var picks = Array(0..<length)
      if summarize && length > 2 * edgeItems {
        picks = Array(0..<edgeItems) + Array((length - edgeItems)..<length)
      }
      var next: [Int] = []
      next.reserveCapacity(offsets.count * picks.count)
      for o in offsets {
        for p in picks { next.append(o + p * strides[axis]) }
      }
      offsets = next
    }
    return offsets
  }
}
