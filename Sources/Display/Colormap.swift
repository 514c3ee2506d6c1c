/// A named colormap mapping 0...1 to colours by linear interpolation between anchor colours.
public struct Colormap: Equatable, Sendable {
  /// The name it was looked up by (e.g. `"viridis"`, `"gray_r"`).
  public let name: String
  /// Evenly spaced anchor colours from 0 to 1.
  let anchors: [Color]

  /// The names accepted by `Colormap(named:)` (each also with a `_r` suffix for the reverse).
  public static var availableNames: [String] { anchorHex.keys.sorted() }

  /// Looks a colormap up by matplotlib name; `_r` reverses it.
  public init(named spec: String) throws {
    var base = spec
    var reversed = false
    if base.hasSuffix("_r") {
      base.removeLast(2)
      reversed = true
    }
    guard let hexes = Colormap.anchorHex[base] ?? Colormap.anchorHex[base.lowercased()] else {
      throw DisplayError.unknownColormap(spec)
    }
    var colors = hexes.compactMap { Color.fromHex($0) }
    if reversed { colors.reverse() }
    self.name = spec
    self.anchors = colors
  }

  /// The colour for `t` in 0...1 (clamped; NaN maps to transparent white).
  public func color(at t: Double) -> Color {
    guard t.isFinite else { return Color(red: 1, green: 1, blue: 1, alpha: 0) }
    let x = min(1, max(0, t)) * Double(anchors.count - 1)
    let i = min(anchors.count - 2, Int(x))
    let f = x - Double(i)
    let a = anchors[i], b = anchors[i + 1]
    return Color(
      red: a.red + (b.red - a.red) * f, green: a.green + (b.green - a.green) * f,
      blue: a.blue + (b.blue - a.blue) * f)
  }

  /// The colour for `value` normalised linearly between `vmin` and `vmax`.
  public func color(for value: Double, vmin: Double, vmax: Double) -> Color {
    let span = vmax - vmin
    return color(at: span == 0 ? 0 : (value - vmin) / span)
  }

  /// Anchor colours sampled at evenly spaced points of matplotlib's colormaps.
  static let anchorHex: [String: [String]] = [
    "viridis": [
      "440154", "482475", "414487", "355f8d", "2a788e", "21918c", "22a884", "44bf70", "7ad151",
      "bddf26", "fde725",
    ],
    "plasma": [
      "0d0887", "41049d", "6a00a8", "8f0da4", "b12a90", "cc4778", "e16462", "f2844b", "fca636",
      "fcce25", "f0f921",
    ],
    "inferno": [
      "000004", "160b39", "420a68", "6a176e", "932667", "bc3754", "dd513a", "f37819", "fca50a",
      "f6d746", "fcffa4",
    ],
    "magma": [
      "000004", "140e36", "3b0f70", "641a80", "8c2981", "b73779", "de4968", "f7705c", "fe9f6d",
      "fecf92", "fcfdbf",
    ],
    "gray": ["000000", "ffffff"],
    "grey": ["000000", "ffffff"],
    "Greys": ["ffffff", "000000"],
    "binary": ["ffffff", "000000"],
    "hot": [
      "0a0000", "5e0000", "b30000", "ff0800", "ff5d00", "ffb100", "ffff0a", "ffff87", "ffffff",
    ],
    "coolwarm": ["3b4cc0", "6788ee", "9abbff", "c9d7f0", "edd1c2", "f7a889", "e26952", "b40426"],
    "jet": ["000080", "0000ff", "0080ff", "00ffff", "80ff80", "ffff00", "ff8000", "ff0000", "800000"],
    "Blues": ["f7fbff", "deebf7", "c6dbef", "9ecae1", "6baed6", "4292c6", "2171b5", "08519c", "08306b"],
    "Reds": ["fff5f0", "fee0d2", "fcbba1", "fc9272", "fb6a4a", "ef3b2c", "cb181d", "a50f15", "67000d"],
    "Greens": ["f7fcf5", "e5f5e0", "c7e9c0", "a1d99b", "74c476", "41ab5d", "238b45", "006d2c", "00441b"],
    "RdBu": [
      "67001f", "b2182b", "d6604d", "f4a582", "fddbc7", "f7f7f7", "d1e5f0", "92c5de", "4393c3",
      "2166ac", "053061",
    ],
  ]
}
