/// Per-axis settings of an `Axes`: limits, scale, ticks and label.
public struct AxisSettings: Equatable, Sendable {
  /// A user-set lower limit (`xlim(left=...)`); nil autoscales it.
  public var lower: Double?
  /// A user-set upper limit; nil autoscales it.
  public var upper: Double?
  /// Linear or logarithmic.
  public var scale: AxisScale = .linear
  /// Fixed tick positions (`xticks([...])`); nil picks nice values.
  public var ticks: [Double]?
  /// Labels for fixed ticks; nil formats the positions.
  public var tickLabels: [String]?
  /// Rotation of tick labels in degrees (counter-clockwise, like matplotlib).
  public var tickRotation: Double = 0
  /// The axis label (`xlabel`/`ylabel`).
  public var label: String?
  /// Hides tick labels (inner axes of a shared grid).
  public var hideTickLabels = false
  /// Whether the axis runs from high to low values (`invert_yaxis`).
  public var inverted = false

  /// Creates default settings.
  public init() {}
}
