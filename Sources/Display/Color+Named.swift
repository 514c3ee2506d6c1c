import Foundation

extension Color {
  /// matplotlib's default property cycle (the tab10 palette), in order.
  public static let tab10Hex = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
  ]

  /// The `index`-th colour of the default cycle (`'C0'`, `'C1'`, ...), wrapping around.
  public static func cycle(_ index: Int) -> Color {
    let n = tab10Hex.count
    return fromHex(String(tab10Hex[((index % n) + n) % n].dropFirst())) ?? black
  }

  /// Black.
  public static let black = Color(red: 0, green: 0, blue: 0)
  /// White.
  public static let white = Color(red: 1, green: 1, blue: 1)
  /// The light grey matplotlib uses for grid lines (`#b0b0b0`).
  public static let gridGray = Color(red: 0.690, green: 0.690, blue: 0.690)

  /// Single letters, tab10 names and common CSS/X11 colour names.
  static let namedHex: [String: String] = [
    "b": "0000ff", "g": "008000", "r": "ff0000", "c": "00bfbf", "m": "bf00bf",
    "y": "bfbf00", "k": "000000", "w": "ffffff",
    "tab:blue": "1f77b4", "tab:orange": "ff7f0e", "tab:green": "2ca02c", "tab:red": "d62728",
    "tab:purple": "9467bd", "tab:brown": "8c564b", "tab:pink": "e377c2", "tab:gray": "7f7f7f",
    "tab:olive": "bcbd22", "tab:cyan": "17becf",
    "blue": "0000ff", "green": "008000", "red": "ff0000", "cyan": "00ffff", "magenta": "ff00ff",
    "yellow": "ffff00", "black": "000000", "white": "ffffff", "orange": "ffa500",
    "purple": "800080", "brown": "a52a2a", "pink": "ffc0cb", "gray": "808080",
    "olive": "808000", "navy": "000080", "teal": "008080", "lime": "00ff00",
    "maroon": "800000", "gold": "ffd700", "silver": "c0c0c0", "lightgray": "d3d3d3",
    "darkgray": "a9a9a9", "dimgray": "696969", "lightblue": "add8e6", "darkblue": "00008b",
    "skyblue": "87ceeb", "steelblue": "4682b4", "royalblue": "4169e1", "darkgreen": "006400",
    "lightgreen": "90ee90", "forestgreen": "228b22", "seagreen": "2e8b57", "limegreen": "32cd32",
    "darkred": "8b0000", "crimson": "dc143c", "salmon": "fa8072", "coral": "ff7f50",
    "tomato": "ff6347", "darkorange": "ff8c00", "orchid": "da70d6", "violet": "ee82ee",
    "indigo": "4b0082", "turquoise": "40e0d0", "tan": "d2b48c", "beige": "f5f5dc",
    "khaki": "f0e68c", "chocolate": "d2691e", "sienna": "a0522d", "lavender": "e6e6fa",
    "whitesmoke": "f5f5f5", "slategray": "708090", "darkviolet": "9400d3", "hotpink": "ff69b4",
    "deepskyblue": "00bfff", "dodgerblue": "1e90ff", "firebrick": "b22222", "goldenrod": "daa520",
  ]
}
