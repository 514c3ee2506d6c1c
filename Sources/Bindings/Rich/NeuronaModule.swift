import Display
import Foundation
import Interpreter

/// The `neurona` module for cells (`formula`, `check_formula`, `plot_network`, `plot_model`,
/// `plot_history`, `plot_activations`, `plot_decision_boundary`), `neurona.callbacks.LivePlot`,
/// and `plot_model` added to `keras.utils` / `tensorflow.keras.utils`.
public enum NeuronaModule {
  /// Registers the modules; run after `KerasModule.install`.
  public static func install(into session: Session) {
    var cached: PyModule?
    let build = { () -> PyModule in
      if let cached { return cached }
      let module = makeModule()
      cached = module
      return module
    }
    session.registerModule("neurona") { build() }
    session.registerModule("neurona.callbacks") { LivePlot.module(in: build()) }
    addPlotModel(to: session)
  }

  /// Wraps the keras loaders so every path to `utils` finds `plot_model` (the Keras files stay untouched).
  static func addPlotModel(to session: Session) {
    let plotModel = plotModelFunction()
    let paths: [String: [String]] = [
      "keras.utils": [], "tensorflow.keras.utils": [], "keras": ["utils"], "tensorflow.keras": ["utils"],
      "tensorflow": ["keras", "utils"],
    ]
    for (name, path) in paths {
      guard let original = session.evaluator.moduleLoaders[name] else { continue }
      session.registerModule(name) {
        let module = try original()
        var target: PyModule? = module
        for step in path { target = target?.members[step]?.as(PyModule.self) }
        if let target, target.members["plot_model"] == nil { target.members["plot_model"] = plotModel }
        return module
      }
    }
  }

  /// Builds `neurona`.
  static func makeModule() -> PyModule {
    let module = PyModule("neurona", doc: "Neurona's teaching tools: formulas of small networks, checks against predict, neuron diagrams and training plots.")
    module.members["plot_model"] = plotModelFunction()
    module.define("formula", signature: "(model, values=False, simplify=False, decimals=4)", doc: """
      The formula of a small Dense network, as the course writes it.

      Neurons are numbered 1..N from the inputs to the outputs; each neuron gets its own formula
      (y1 = x, y2 = σ(w2·y1 + b2), ...; w_{5,2} is the weight from neuron 2 into neuron 5), then each
      output is written as one expression of the inputs. values=True puts the trained numbers in
      (rounded to `decimals`); simplify=True multiplies consecutive linear layers out (y = W x + B).
      Large networks are shown per layer in matrix form. Shown as LaTeX, with a text fallback.
      """, keywords: ["values", "simplify", "decimals"]) { arguments, evaluator in
      let bound = try arguments.bind("formula", ["model", "values=", "simplify=", "decimals="])
      let wrapper = try NetworkExtraction.model(bound.values["model"], "formula")
      let network = try NetworkExtraction.describe(wrapper, strict: true, "formula")
      let values = try KerasConvert.bool(bound["values"], default: false, evaluator)
      let simplify = try KerasConvert.bool(bound["simplify"], default: false, evaluator)
      let digits = try KerasConvert.int(bound["decimals"], default: 4)
      let formula = NetworkFormula(network, simplify: simplify)
      return .object(RichOutput(type: RichOutput.formulaType, data: [
        "text/plain": formula.plain(values: values, digits: digits),
        "text/latex": formula.latex(values: values, digits: digits),
      ]))
    }
    module.define("plot_network", signature: "(model, weights=False, numbering='course')", doc: """
      A neuron-by-neuron SVG diagram of a Dense network, like the course's figures.

      Input neurons are yellow, hidden ones green, outputs red; every connection is drawn.
      numbering='course' numbers neurons 1..N from input to output; numbering='keras' labels them
      layer,neuron as Keras indexes them. weights=True writes each weight (rounded) on its edge and
      each bias under its neuron, for small networks. Wide layers show their first 3 and last 2 neurons.
      """, keywords: ["weights", "numbering"]) { arguments, evaluator in
      let bound = try arguments.bind("plot_network", ["model", "weights=", "numbering="])
      let wrapper = try NetworkExtraction.model(bound.values["model"], "plot_network")
      let network = try NetworkExtraction.describe(wrapper, strict: false, "plot_network")
      let name = try KerasConvert.string(bound["numbering"], "numbering") ?? "course"
      guard let numbering = NeuronDiagram.Numbering(rawValue: name) else {
        throw PyError.valueError("numbering must be 'course' or 'keras', not '\(name)'")
      }
      let diagram = NeuronDiagram(
        network: network, showWeights: try KerasConvert.bool(bound["weights"], default: false, evaluator), numbering: numbering)
      return .object(RichOutput(type: RichOutput.diagramType, data: ["text/plain": diagram.plainText(), "image/svg+xml": diagram.svg()]))
    }
    FormulaCheck.define(in: module)
    NeuronaPlots.define(in: module)
    _ = LivePlot.module(in: module)
    return module
  }

  /// `plot_model(model, to_file=None, show_shapes=False, ...)`.
  static func plotModelFunction() -> Value {
    let parameters = ["model", "to_file=", "show_shapes=", "show_dtype=", "show_layer_names=", "rankdir=", "expand_nested=",
                      "dpi=", "layer_range=", "show_layer_activations=", "show_trainable=", "splines="]
    let doc = """
      plot_model(model, to_file=None, show_shapes=False, show_dtype=False, show_layer_names=False, rankdir='TB',
      show_layer_activations=False, dpi=96): the model's layers as an SVG graph of boxes with arrows.

      Drawn by Neurona itself (no pydot or Graphviz needed). rankdir='LR' lays the boxes out left to right.
      to_file='model.svg' also writes the SVG file; other formats (PNG, PDF) are not available.
      """
    return .object(BuiltinFunction("plot_model", signature: "(model, to_file=None, show_shapes=False, show_dtype=False, show_layer_names=False, rankdir='TB', expand_nested=False, dpi=96, show_layer_activations=False, show_trainable=False)", doc: doc, keywords: parameters.dropFirst().map { String($0.dropLast()) }) { arguments, evaluator in
      let bound = try arguments.bind("plot_model", parameters)
      let wrapper = try NetworkExtraction.model(bound.values["model"], "plot_model")
      if bound["layer_range"] != nil { throw PyError.valueError("Argument layer_range is no longer supported.") }
      guard wrapper.model.inputShape != nil else {
        throw PyError.valueError("You must call `model.build()` or give the model an input shape before plotting it.")
      }
      let rankdir = try KerasConvert.string(bound["rankdir"], "rankdir") ?? "TB"
      guard rankdir == "TB" || rankdir == "LR" else { throw PyError.valueError("rankdir must be 'TB' or 'LR', not '\(rankdir)'") }
      let dpi = try KerasConvert.double(bound["dpi"], default: 96)
      let boxes = NetworkExtraction.boxes(
        wrapper, shapes: try KerasConvert.bool(bound["show_shapes"], default: false, evaluator),
        dtype: try KerasConvert.bool(bound["show_dtype"], default: false, evaluator),
        names: try KerasConvert.bool(bound["show_layer_names"], default: false, evaluator),
        activations: try KerasConvert.bool(bound["show_layer_activations"], default: false, evaluator))
      let graph = LayerGraph(boxes: boxes, leftToRight: rankdir == "LR", scale: dpi / 96)
      let svg = graph.svg()
      if let path = try KerasConvert.string(bound["to_file"], "to_file") {
        guard path.lowercased().hasSuffix(".svg") else {
          let ext = (path as NSString).pathExtension
          throw PyError.valueError("plot_model in Neurona draws SVG without Graphviz and cannot write '.\(ext)' files: use to_file='\((path as NSString).deletingPathExtension).svg'.")
        }
        do {
          try svg.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
          throw PyError(.fileNotFoundError, "No such file or directory: '\(path)'")
        }
      }
      return .object(RichOutput(type: RichOutput.graphType, data: ["text/plain": graph.plainText(), "image/svg+xml": svg]))
    })
  }
}
