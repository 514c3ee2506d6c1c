import Tensor

extension Axes {
  /// Shows a 2-D array of `height`×`width` values through a colormap, or a 3-D array of
  /// `height`×`width`×3 (RGB) or ×4 (RGBA) values in 0...1 (or 0...255 when any exceeds 1),
  /// like `ax.imshow`. Sets equal aspect and, for `originUpper`, puts row 0 at the top.
  public func imshow(
    values: [Double], shape: [Int], colormap: String = "viridis", vmin: Double? = nil,
    vmax: Double? = nil, originUpper: Bool = true, extent: (Double, Double, Double, Double)? = nil
  ) throws {
    let count = shape.reduce(1, *)
    guard shape.count == 2 || (shape.count == 3 && (shape[2] == 3 || shape[2] == 4)), count == values.count,
      count > 0
    else {
      throw DisplayError.invalidShape(what: "image data", shape: shape)
    }
    let h = shape[0], w = shape[1]
    var rgba = [UInt8](repeating: 255, count: h * w * 4)
    var mapping: ColorMapping?
    if shape.count == 2 {
      let m = ColorMapping.over(values, colormap: try Colormap(named: colormap), vmin: vmin, vmax: vmax)
      mapping = m
      for i in 0..<(h * w) {
        let c = m.color(values[i])
        let (r, g, b) = c.bytes
        rgba[4 * i] = r
        rgba[4 * i + 1] = g
        rgba[4 * i + 2] = b
        rgba[4 * i + 3] = Color.byte(c.alpha)
      }
    } else {
      let channels = shape[2]
      let scale = values.contains { $0.isFinite && $0 > 1 } ? 1.0 / 255 : 1
      for i in 0..<(h * w) {
        for k in 0..<channels {
          rgba[4 * i + k] = Color.byte(values[i * channels + k] * scale)
        }
      }
    }
    artists.append(
      .image(
        ImageArtist(width: w, height: h, rgba: rgba, mapping: mapping, extent: extent, originUpper: originUpper)))
    aspectEqual = true
  }

  /// Shows a tensor of shape (h, w), (h, w, 1), (h, w, 3) or (h, w, 4) (see `imshow(values:shape:)`).
  public func imshow(
    _ tensor: Tensor, colormap: String = "viridis", vmin: Double? = nil, vmax: Double? = nil,
    originUpper: Bool = true
  ) throws {
    var shape = tensor.shape
    if shape.count == 3, shape[2] == 1 { shape = [shape[0], shape[1]] }
    try imshow(
      values: tensor.doubles, shape: shape, colormap: colormap, vmin: vmin, vmax: vmax,
      originUpper: originUpper)
  }
}
