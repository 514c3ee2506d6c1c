/// Anything an `Axes` draws, in drawing order.
public enum Artist: Equatable, Sendable {
  /// A line plot.
  case line(LineArtist)
  /// A scatter plot.
  case scatter(ScatterArtist)
  /// Bars or a histogram.
  case bars(BarArtist)
  /// An image.
  case image(ImageArtist)
  /// A horizontal or vertical reference line.
  case reference(ReferenceLine)
  /// A text annotation.
  case text(TextArtist)

  /// The legend label, when it should appear in a legend.
  var legendLabel: String? {
    let label: String?
    switch self {
    case .line(let a): label = a.label
    case .scatter(let a): label = a.label
    case .bars(let a): label = a.label
    case .reference(let a): label = a.label
    case .image, .text: label = nil
    }
    guard let label, !label.isEmpty, !label.hasPrefix("_") else { return nil }
    return label
  }
}
