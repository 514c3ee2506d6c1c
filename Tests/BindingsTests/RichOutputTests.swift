import Bindings
import Foundation
import Interpreter
import XCTest

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The `neurona` module: formulas (exact LaTeX), checks against predict, diagrams, plot_model,
/// charts and LivePlot, run through real cells.
final class RichOutputTests: XCTestCase {
  /// Collects displays with their ids.
  final class Sink: OutputSink {
    var text = ""
    var displays: [(bundle: MimeBundle, id: String?, update: Bool)] = []
    func stream(_ name: StreamName, _ text: String) { self.text += text }
    func display(_ bundle: MimeBundle, displayID: String?, update: Bool) { displays.append((bundle, displayID, update)) }
    func clearOutput(wait: Bool) {}
    func page(_ bundle: MimeBundle) { text += bundle.data["text/plain"] ?? "" }
    func readInput(prompt: String, password: Bool) throws -> String { throw InputUnavailable() }
  }

  func makeSession() -> Session {
    let session = Session()
    StandardModules.install(into: session)
    return session
  }

  /// Runs a cell and returns its result bundle, failing on errors.
  @discardableResult
  func run(_ session: Session, _ code: String, sink: Sink = Sink(), file: StaticString = #filePath, line: UInt = #line) -> MimeBundle? {
    switch session.execute(code, sink: sink) {
    case .ok(let result): return result
    case .error(let name, let value, _):
      XCTFail("\(name): \(value)", file: file, line: line)
      return nil
    }
  }

  /// The course's 1-3-1 network with fixed weights.
  func courseModel(_ session: Session, activation: String = "sigmoid", output: String? = nil) {
    run(session, """
      import numpy as np
      import neurona
      from keras.models import Sequential
      from keras.layers import Dense
      model = Sequential()
      model.add(Dense(3, input_dim=1, activation="\(activation)"))
      model.add(Dense(1, activation="\(output ?? activation)"))
      model.set_weights([np.array([[0.5, -1.0, 2.0]]), np.array([0.1, 0.2, -0.3]), np.array([[1.5], [-0.5], [0.25]]), np.array([0.05])])
      x = np.array([0.5, 1.0, 1.4, 1.9, 3.3, 4.7, 5.1, -2.0])
      """)
  }

  func testCourseLaTeXSymbolic() {
    let session = makeSession()
    courseModel(session)
    let latex = run(session, "neurona.formula(model)")?.data["text/latex"]
    XCTAssertEqual(latex, """
      $$\\begin{array}{r|l}
      \\text{Neuron} & \\text{Formula} \\\\
      \\hline
      1 & y_{1} = x \\\\
      2 & y_{2} = \\sigma(w_{2} y_{1} + b_{2}) \\\\
      3 & y_{3} = \\sigma(w_{3} y_{1} + b_{3}) \\\\
      4 & y_{4} = \\sigma(w_{4} y_{1} + b_{4}) \\\\
      5 & y_{5} = \\sigma(w_{5,2} y_{2} + w_{5,3} y_{3} + w_{5,4} y_{4} + b_{5}) \\\\
      \\end{array}$$
      $$y = y_{5} = \\sigma(w_{5,2} \\sigma(w_{2} x + b_{2}) + w_{5,3} \\sigma(w_{3} x + b_{3}) + w_{5,4} \\sigma(w_{4} x + b_{4}) + b_{5})$$
      $$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$
      """)
  }

  func testCourseLaTeXWithValues() {
    let session = makeSession()
    courseModel(session)
    let latex = run(session, "neurona.formula(model, values=True, decimals=2)")?.data["text/latex"] ?? ""
    XCTAssertTrue(latex.contains("2 & y_{2} = \\sigma(0.5 y_{1} + 0.1) \\\\"), latex)
    XCTAssertTrue(latex.contains("4 & y_{4} = \\sigma(2 y_{1} - 0.3) \\\\"), latex)
    XCTAssertTrue(latex.contains("5 & y_{5} = \\sigma(1.5 y_{2} - 0.5 y_{3} + 0.25 y_{4} + 0.05) \\\\"), latex)
    XCTAssertTrue(latex.contains(
      "$$y = y_{5} = \\sigma(1.5 \\sigma(0.5 x + 0.1) - 0.5 \\sigma(-1 x + 0.2) + 0.25 \\sigma(2 x - 0.3) + 0.05)$$"), latex)
  }

  func testSimplifyLinearNetwork() {
    let session = makeSession()
    courseModel(session, activation: "linear")
    let bundle = run(session, "neurona.formula(model, simplify=True)")
    XCTAssertEqual(bundle?.data["text/latex"], """
      $$W = w_{5,2} w_{2} + w_{5,3} w_{3} + w_{5,4} w_{4}$$
      $$B = w_{5,2} b_{2} + w_{5,3} b_{3} + w_{5,4} b_{4} + b_{5}$$
      $$y = y_{5} = W x + B$$
      """)
    let values = run(session, "neurona.formula(model, simplify=True, values=True)")?.data["text/plain"] ?? ""
    // W = 1.5·0.5 − 0.5·(−1) + 0.25·2 = 1.75; B = 0.15 − 0.1 − 0.075 + 0.05 = 0.025.
    XCTAssertTrue(values.contains("W = 1.75"), values)
    XCTAssertTrue(values.contains("B = 0.025"), values)
    XCTAssertTrue(values.contains("y = y₅ = 1.75·x + 0.025"), values)
  }

  func testCheckFormulaAgreesForSigmoidTanhRelu() {
    for activation in ["sigmoid", "tanh", "relu"] {
      let session = makeSession()
      courseModel(session, activation: activation, output: activation == "relu" ? "linear" : activation)
      let sink = Sink()
      let result = run(session, "c = neurona.check_formula(model, x)\nc.matches, c.decimals, c.max_abs_diff", sink: sink)
      let text = result?.data["text/plain"] ?? ""
      XCTAssertTrue(text.hasPrefix("(True, "), "\(activation): \(text)")
      let decimals = Int(text.split(separator: ",")[1].trimmingCharacters(in: .whitespaces)) ?? 0
      XCTAssertGreaterThanOrEqual(decimals, 6, activation)
      XCTAssertEqual(sink.displays.count, 1)
      XCTAssertNotNil(sink.displays.first?.bundle.data["text/html"])
      XCTAssertTrue(sink.displays.first?.bundle.data["text/plain"]?.contains("|difference|") ?? false)
    }
  }

  func testStudentPredictFormulaChecked() {
    let session = makeSession()
    courseModel(session)
    run(session, """
      w_2, w_3, w_4 = 0.5, -1.0, 2.0
      b_2, b_3, b_4 = 0.1, 0.2, -0.3
      w_52, w_53, w_54, b_5 = 1.5, -0.5, 0.25, 0.05
      def sigmoid(z):
          return 1/(1 + np.exp(-z))
      def predict_formula(x):
          part1=w_52*sigmoid(w_2*x+b_2)
          part2=w_53*sigmoid(w_3*x+b_3)
          part3=w_54*sigmoid(w_4*x+b_4)
          return sigmoid(part1+part2+part3+b_5)
      def wrong(x):
          return sigmoid(x)
      """)
    let good = run(session, "assert neurona.check_formula(model, x, formula=predict_formula).matches\n'ok'")
    XCTAssertEqual(good?.data["text/plain"], "'ok'")
    let bad = run(session, "r = neurona.check_formula(model, x, formula=wrong)\nr.matches, bool(r), r.decimals < 3")
    XCTAssertEqual(bad?.data["text/plain"], "(False, False, True)")
  }

  func testSoftmaxAndLargeNetworks() {
    let session = makeSession()
    run(session, """
      import neurona, numpy as np
      from keras import Sequential
      from keras.layers import Dense, Activation
      m = Sequential([Dense(2, input_dim=2, activation="relu"), Dense(3), Activation("softmax")])
      X = np.array([[0.1, 0.2], [1.0, -1.0], [3.0, 0.5]])
      """)
    let latex = run(session, "neurona.formula(m)")?.data["text/latex"] ?? ""
    XCTAssertTrue(latex.contains("z_{5} = w_{5,3} y_{3} + w_{5,4} y_{4} + b_{5}"), latex)
    XCTAssertTrue(latex.contains("y_{5} = \\frac{e^{z_{5}}}{e^{z_{5}} + e^{z_{6}} + e^{z_{7}}}"), latex)
    XCTAssertEqual(run(session, "neurona.check_formula(m, X).matches")?.data["text/plain"], "True")
    run(session, "big = Sequential([Dense(300, input_dim=784, activation='relu'), Dense(10, activation='softmax')])")
    let plain = run(session, "neurona.formula(big)")?.data["text/plain"] ?? ""
    XCTAssertTrue(plain.hasPrefix("The network is too large"), plain)
    XCTAssertTrue(plain.contains("y⁽²⁾ = softmax(W⁽²⁾·y⁽¹⁾ + b⁽²⁾)"), plain)
  }

  func testPlotNetworkSVG() throws {
    let session = makeSession()
    courseModel(session)
    let svg = run(session, "neurona.plot_network(model, weights=True)")?.data["image/svg+xml"] ?? ""
    let doc = try XMLDocument(xmlString: svg, options: [])
    func count(_ xpath: String) throws -> Int { try doc.nodes(forXPath: xpath).count }
    XCTAssertEqual(try count("//*[local-name()='circle']"), 5)
    XCTAssertEqual(try count("//*[local-name()='line' and @class='connection']"), 6)
    XCTAssertEqual(try count("//*[local-name()='text' and @class='weight']"), 6)
    let labels = try doc.nodes(forXPath: "//*[local-name()='text' and @class='neuron-label']").map { $0.stringValue ?? "" }
    XCTAssertEqual(labels, ["1", "2", "3", "4", "5"])
    XCTAssertFalse(svg.contains("NaN"))
    let keras = run(session, "neurona.plot_network(model, numbering='keras')")?.data["image/svg+xml"] ?? ""
    let kdoc = try XMLDocument(xmlString: keras, options: [])
    let klabels = try kdoc.nodes(forXPath: "//*[local-name()='text' and @class='neuron-label']").map { $0.stringValue ?? "" }
    XCTAssertEqual(klabels, ["x", "0,0", "0,1", "0,2", "1,0"])
  }

  func testPlotModelThroughKerasUtils() throws {
    let session = makeSession()
    courseModel(session)
    let path = NSTemporaryDirectory() + "neurona-plot-\(UUID().uuidString).svg"
    let bundle = run(session, """
      import tensorflow as tf
      tf.keras.utils.plot_model(model, to_file="\(path)", show_shapes=True, show_layer_names=True, show_layer_activations=True, rankdir="LR")
      """)
    let svg = bundle?.data["image/svg+xml"] ?? ""
    let doc = try XMLDocument(xmlString: svg, options: [])
    XCTAssertEqual(try doc.nodes(forXPath: "//*[local-name()='rect' and @class='layer-box']").count, 2)
    XCTAssertEqual(try doc.nodes(forXPath: "//*[local-name()='line' and @class='edge']").count, 1)
    let titles = try doc.nodes(forXPath: "//*[local-name()='text' and @class='layer-title']").map { $0.stringValue ?? "" }
    XCTAssertEqual(titles, ["dense (Dense)", "dense_1 (Dense)"])
    XCTAssertTrue(svg.contains("Activation: sigmoid"))
    XCTAssertTrue(svg.contains("Output shape: (None, 3)"))
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), svg)
    try? FileManager.default.removeItem(atPath: path)
    XCTAssertNotNil(run(session, "import keras\nkeras.utils.plot_model(model)")?.data["image/svg+xml"])
  }

  func testChartsAndLivePlot() {
    let session = makeSession()
    courseModel(session)
    XCTAssertNotNil(run(session, "neurona.plot_activations(['sigmoid', 'tanh', 'relu', 'elu'])")?.data["image/svg+xml"])
    let sink = Sink()
    run(session, """
      from neurona.callbacks import LivePlot
      model.compile(loss="mse", optimizer="sgd")
      h = model.fit(x, x * 0.1, epochs=3, verbose=0, callbacks=[LivePlot()])
      """, sink: sink)
    XCTAssertEqual(sink.displays.count, 4)
    let ids = Set(sink.displays.compactMap(\.id))
    XCTAssertEqual(ids.count, 1)
    XCTAssertEqual(sink.displays.map(\.update), [false, true, true, true])
    XCTAssertEqual(sink.displays.last?.bundle.data["text/plain"]?.hasPrefix("Epoch 3: loss="), true)
    XCTAssertNotNil(run(session, "neurona.plot_history(h)")?.data["image/svg+xml"])
    run(session, """
      m2 = Sequential([Dense(4, input_dim=2, activation='tanh'), Dense(1, activation='sigmoid')])
      P = np.array([[0.0, 0.0], [1.0, 1.0], [-1.0, 0.5]])
      """)
    let boundary = run(session, "neurona.plot_decision_boundary(m2, P, np.array([0, 1, 0]), resolution=20)")
    XCTAssertTrue(boundary?.data["text/plain"]?.hasPrefix("Decision boundary of") ?? false)
    XCTAssertTrue(boundary?.data["image/svg+xml"]?.hasPrefix("<svg") ?? false)
  }

  func testDocstrings() {
    let session = makeSession()
    let sink = Sink()
    run(session, "import neurona\nhelp(neurona.check_formula)", sink: sink)
    XCTAssertTrue(sink.text.contains("predict_formula"), sink.text)
  }
}
