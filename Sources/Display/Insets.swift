/// Space that an axes' decorations (tick labels, axis labels, title) need around its frame.
struct Insets: Equatable {
  /// Pixels needed left of the frame.
  var left = 0.0
  /// Pixels needed right of the frame.
  var right = 0.0
  /// Pixels needed above the frame.
  var top = 0.0
  /// Pixels needed below the frame.
  var bottom = 0.0
}
