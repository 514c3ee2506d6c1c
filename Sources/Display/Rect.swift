/// A rectangle in SVG pixel coordinates (origin top-left, y down).
public struct Rect: Equatable, Sendable {
  /// Left edge.
  public var x: Double
  /// Top edge.
  public var y: Double
  /// Width.
  public var width: Double
  /// Height.
  public var height: Double

  /// Creates a rectangle.
  public init(x: Double, y: Double, width: Double, height: Double) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  /// Right edge.
  public var maxX: Double { x + width }
  /// Bottom edge.
  public var maxY: Double { y + height }

  /// Whether the point lies inside (edges included).
  public func contains(_ px: Double, _ py: Double) -> Bool {
    px >= x && px <= maxX && py >= y && py <= maxY
  }

  /// Whether the two rectangles share any interior area.
  public func intersects(_ other: Rect) -> Bool {
    x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
  }
}
