import Foundation

extension AxesPlan {
  /// Height of the x tick label row, allowing for rotation.
  var xTickLabelHeight: Double {
    let h = TextMetrics.height(fontSize: fonts.tick)
    let angle = axes.xAxis.tickRotation * Double.pi / 180
    guard angle != 0 else { return h }
    let w = xTicks.labels.map { $0.width(fontSize: fonts.tick) }.max() ?? 0
    return abs(w * sin(angle)) + abs(h * cos(angle))
  }

  /// The widest y tick label.
  var yTickLabelWidth: Double { yTicks.labels.map { $0.width(fontSize: fonts.tick) }.max() ?? 0 }

  /// The room the decorations need around the frame.
  var insets: Insets {
    var r = Insets()
    let textH = TextMetrics.height(fontSize: fonts.tick)
    if axes.axisVisible {
      r.left = fonts.tickLength + fonts.tickPad + (axes.yAxis.hideTickLabels ? 0 : yTickLabelWidth)
      r.bottom = fonts.tickLength + fonts.tickPad + (axes.xAxis.hideTickLabels ? 0 : xTickLabelHeight)
      if xTicks.offsetText != nil, !axes.xAxis.hideTickLabels { r.bottom += textH }
      if yTicks.offsetText != nil, !axes.yAxis.hideTickLabels { r.top = textH + fonts.tickPad }
      if !axes.xAxis.hideTickLabels, axes.xAxis.tickRotation == 0 {
        let map = xMap
        for (p, label) in zip(xTicks.positions, xTicks.labels) {
          guard let px = map.pixel(p) else { continue }
          let half = label.width(fontSize: fonts.tick) / 2
          r.right = max(r.right, px + half - frame.maxX)
          r.left = max(r.left, frame.x - (px - half))
        }
      }
      if !axes.yAxis.hideTickLabels, !yTicks.positions.isEmpty { r.top = max(r.top, textH / 2) }
    }
    if axes.yAxis.label?.isEmpty == false {
      r.left += fonts.labelPad + TextMetrics.height(fontSize: fonts.label)
    }
    if axes.xAxis.label?.isEmpty == false {
      r.bottom += fonts.labelPad + TextMetrics.height(fontSize: fonts.label)
    }
    if axes.title?.isEmpty == false {
      r.top = max(r.top, fonts.titlePad + TextMetrics.height(fontSize: titleFont))
    }
    return r
  }
}
