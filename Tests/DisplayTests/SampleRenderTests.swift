import Foundation
import XCTest

@testable import Display

/// Writes sample figures to /tmp/neurona-display for looking at (e.g. with rsvg-convert).
final class SampleRenderTests: XCTestCase {
  func testWriteSamples() throws {
    let dir = URL(fileURLWithPath: "/tmp/neurona-display")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, fig) in try samples() {
      let svg = fig.svg()
      _ = try SVGInspector(svg)
      try svg.write(to: dir.appendingPathComponent("\(name).svg"), atomically: true, encoding: .utf8)
    }
  }

  private func samples() throws -> [(String, Figure)] {
    var result: [(String, Figure)] = []
    let basic = try Figure()
    let ax = basic.gca()
    let xs = stride(from: -5.0, through: 5.0, by: 0.1).map { $0 }
    try ax.plot(x: xs, y: xs.map { 1 / (1 + exp(-$0)) }, label: "sigmoid")
    try ax.plot(x: xs, y: xs.map { tanh($0) }, format: "--", label: "tanh")
    try ax.plot(x: xs, y: xs.map { max(0, $0) / 5 }, format: "g:", label: "relu / 5")
    try ax.plot(x: [-4, -2, 0, 2, 4], y: [0.5, -0.5, 0, 0.5, -0.5], format: "ko-", label: "puntos")
    ax.axhline(y: 0, color: .black, lineWidth: 0.8)
    ax.title = "Funciones de activación"
    ax.xlabel = "x"
    ax.ylabel = "f(x)"
    ax.grid()
    try ax.legend()
    result.append(("activations", basic))

    let multi = try Figure(figsize: (10, 6))
    multi.suptitle = "Arquitecturas × activaciones"
    let grid = try multi.subplots(nrows: 2, ncols: 3)
    var seed: UInt64 = 42
    func noise() -> Double {
      seed = seed &* 6364136223846793005 &+ 1442695040888963407
      return Double(seed >> 33) / Double(1 << 31) - 0.5
    }
    for (r, row) in grid.enumerated() {
      for (c, ax) in row.enumerated() {
        let loss = (0..<100).map { 2.5 * exp(-Double($0) / Double(10 + 15 * c + 5 * r)) + 0.05 * noise() + 0.1 }
        try ax.plot(y: loss, label: "loss")
        try ax.plot(y: loss.map { $0 * 1.1 + 0.05 }, label: "val_loss")
        ax.title = ["sigmoid", "tanh", "relu"][c] + " [\(r == 0 ? "4,8,4" : "64,128,64,8")]"
        if r == 1 { ax.xlabel = "Época" }
        if c == 0 { ax.ylabel = "Pérdida" }
        try ax.legend()
      }
    }
    try multi.axes[5].setYScale("log")
    result.append(("grid", multi))

    let tiny = try Figure(figsize: (14, 9))
    for (r, row) in try tiny.subplots(nrows: 6, ncols: 9).enumerated() {
      for (c, ax) in row.enumerated() {
        try ax.plot(y: (0..<60).map { 100 * exp(-Double($0) / Double(5 + r * 3 + c)) })
        ax.title = "a\(r) act\(c)"
      }
    }
    result.append(("grid54", tiny))

    let images = try Figure(figsize: (6, 3))
    let cells = try images.subplots(nrows: 1, ncols: 3)
    let digit: [Double] = (0..<(28 * 28)).map { (i: Int) -> Double in
      let x: Double = Double(i % 28) - 14
      let y: Double = Double(i / 28) - 14
      let r = sqrt(x * x + y * y)
      return r > 6 && r < 10 ? 255 : 0
    }
    try cells[0][0].imshow(values: digit, shape: [28, 28], colormap: "gray")
    cells[0][0].title = "Etiqueta: 0"
    try cells[0][0].axis("off")
    try cells[0][1].imshow(values: digit, shape: [28, 28], colormap: "binary")
    cells[0][1].title = "binary"
    let big: [Double] = (0..<(64 * 64)).map { (i: Int) -> Double in
      let a: Double = sin(Double(i % 64) / 6)
      return a * cos(Double(i / 64) / 9)
    }
    try cells[0][2].imshow(values: big, shape: [64, 64], colormap: "viridis")
    cells[0][2].title = "viridis 64×64"
    result.append(("images", images))

    let stats = try Figure()
    let two = try stats.subplots(nrows: 1, ncols: 2)
    try two[0][0].bar(categories: ["SGD", "Adam", "RMSprop"], heights: [0.81, 0.93, 0.9])
    two[0][0].title = "Accuracy"
    let values = (0..<500).map { _ in noise() + noise() + noise() }
    try two[0][1].hist(values, bins: 20, edgeColor: .white)
    try two[0][1].scatter(x: [-1, 0, 1], y: [10, 20, 30], values: [0, 1, 2], sizes: [80], label: "puntos")
    two[0][1].title = "Histograma"
    stats.tightLayout = true
    result.append(("stats", stats))
    return result
  }
}
