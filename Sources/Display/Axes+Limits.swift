extension Axes {
  /// The data extent along x (`forX`) or y, in the axis's linear space.
  func dataExtent(forX: Bool) -> DataExtent {
    let scale = forX ? xAxis.scale : yAxis.scale
    var e = DataExtent()
    func add(_ v: Double) { e.include(scale.forward(v)) }
    func addSticky(_ v: Double) {
      if let t = scale.forward(v) { e.sticky.append(t) }
    }
    for artist in artists {
      switch artist {
      case .line(let a):
        for i in a.x.indices where a.x[i].isFinite && a.y[i].isFinite {
          add(forX ? a.x[i] : a.y[i])
        }
      case .scatter(let a):
        for i in a.x.indices where a.x[i].isFinite && a.y[i].isFinite {
          add(forX ? a.x[i] : a.y[i])
        }
      case .bars(let a):
        let alongCategory = (a.orientation == .vertical) == forX
        for i in a.positions.indices where a.positions[i].isFinite && a.heights[i].isFinite {
          if alongCategory {
            add(a.positions[i] - a.width(i) / 2)
            add(a.positions[i] + a.width(i) / 2)
          } else {
            add(a.bottom(i))
            add(a.bottom(i) + a.heights[i])
            addSticky(a.bottom(i))
          }
        }
      case .image(let a):
        let (l, r, b, t) = a.extent
        for v in forX ? [l, r] : [b, t] {
          add(v)
          addSticky(v)
        }
      case .reference(let a):
        if a.horizontal != forX { add(a.value) }
      case .text:
        break
      }
    }
    return e
  }

  /// View limits (low, high in data units, high < low when inverted) for a merged extent,
  /// honouring user-set limits and inversion.
  func viewLimits(forX: Bool, extent: DataExtent) -> (Double, Double) {
    let settings = forX ? xAxis : yAxis
    let (autoLo, autoHi) = extent.autoscaled()
    var lo = settings.scale.inverse(autoLo)
    var hi = settings.scale.inverse(autoHi)
    if settings.scale == .log, extent.isEmpty {
      lo = 1
      hi = 10
    }
    if let l = settings.lower { lo = l }
    if let u = settings.upper { hi = u }
    let imageFlip = !forX && artists.contains { if case .image(let i) = $0 { return i.originUpper } else { return false } }
    let userSet = settings.lower != nil || settings.upper != nil
    if imageFlip, !userSet, lo < hi { swap(&lo, &hi) }
    if settings.inverted { swap(&lo, &hi) }
    return (lo, hi)
  }

  /// The current x limits (`get_xlim`), autoscaled from the data where not set.
  public func xLimits() -> (Double, Double) { viewLimits(forX: true, extent: dataExtent(forX: true)) }

  /// The current y limits (`get_ylim`), autoscaled from the data where not set.
  public func yLimits() -> (Double, Double) { viewLimits(forX: false, extent: dataExtent(forX: false)) }
}
