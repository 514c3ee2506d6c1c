import Foundation

/// An RGBA colour with components in 0...1.
public struct Color: Equatable, Hashable, Sendable {
  /// Red component, 0...1.
  public var red: Double
  /// Green component, 0...1.
  public var green: Double
  /// Blue component, 0...1.
  public var blue: Double
  /// Opacity, 0...1.
  public var alpha: Double

  /// Creates a colour from components in 0...1 (clamped).
  public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
    self.red = Color.clamp(red)
    self.green = Color.clamp(green)
    self.blue = Color.clamp(blue)
    self.alpha = Color.clamp(alpha)
  }

  /// Creates a colour from a matplotlib colour specification: `'r'`, `'C3'`, `'tab:blue'`,
  /// `'#1f77b4'`, `'#abc'`, `'#rrggbbaa'`, a CSS name like `'orange'`, or a grey level `'0.5'`.
  public init(parsing spec: String) throws {
    let s = spec.trimmingCharacters(in: .whitespaces)
    if s.hasPrefix("#") {
      guard let c = Color.fromHex(String(s.dropFirst())) else { throw DisplayError.unknownColor(spec) }
      self = c
      return
    }
    if s.count == 2, s.first == "C", let digit = Int(String(s.dropFirst())) {
      self = Color.cycle(digit)
      return
    }
    if let level = Double(s), level >= 0, level <= 1 {
      self.init(red: level, green: level, blue: level)
      return
    }
    let key = s.lowercased()
    if let hex = Color.namedHex[key] ?? Color.namedHex[key.replacingOccurrences(of: "grey", with: "gray")],
      let c = Color.fromHex(hex)
    {
      self = c
      return
    }
    throw DisplayError.unknownColor(spec)
  }

  /// The colour as `#rrggbb` (opacity is written separately in SVG).
  public var hex: String {
    "#" + [red, green, blue].map { Color.hexByte($0) }.joined()
  }

  /// The colour as 8-bit components (red, green, blue).
  public var bytes: (UInt8, UInt8, UInt8) {
    (Color.byte(red), Color.byte(green), Color.byte(blue))
  }

  /// This colour with another opacity.
  public func withAlpha(_ a: Double) -> Color {
    Color(red: red, green: green, blue: blue, alpha: a)
  }

  /// Relative luminance (0 black ... 1 white), used to pick readable text on a fill.
  public var luminance: Double { 0.2126 * red + 0.7152 * green + 0.0722 * blue }

  static func clamp(_ v: Double) -> Double { v.isNaN ? 0 : min(1, max(0, v)) }

  static func byte(_ v: Double) -> UInt8 { UInt8(clamp(v) * 255 + 0.5) }

  static func hexByte(_ v: Double) -> String {
    let digits = Array("0123456789abcdef")
    let b = Int(byte(v))
    return String([digits[b / 16], digits[b % 16]])
  }

  static func fromHex(_ text: String) -> Color? {
    var digits = Array(text)
    if digits.count == 3 || digits.count == 4 { digits = digits.flatMap { [$0, $0] } }
    guard digits.count == 6 || digits.count == 8 else { return nil }
    var values: [Double] = []
    for i in stride(from: 0, to: digits.count, by: 2) {
      guard let v = UInt8(String(digits[i...i + 1]), radix: 16) else { return nil }
      values.append(Double(v) / 255)
    }
    return Color(red: values[0], green: values[1], blue: values[2], alpha: values.count == 4 ? values[3] : 1)
  }
}
