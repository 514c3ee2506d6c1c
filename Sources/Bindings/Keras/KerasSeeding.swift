import Interpreter

/// Makes `np.random.seed(n)` and `random.seed(n)` also seed the session's Keras generator,
/// by wrapping those modules' `seed` when they are first imported.
enum KerasSeeding {
  /// Wraps the loaders of `numpy`, `numpy.random` and `random` in `evaluator`.
  static func install(_ evaluator: Evaluator) {
    for name in ["numpy", "numpy.random", "random"] {
      guard let original = evaluator.moduleLoaders[name] else { continue }
      evaluator.moduleLoaders[name] = { [weak evaluator] in
        let module = try original()
        let target = name == "numpy" ? module.members["random"]?.as(PyModule.self) : module
        if let evaluator, let target { hook(target, evaluator) }
        return module
      }
    }
  }

  /// Replaces `module.seed` by a function that also seeds the engine (once per module).
  static func hook(_ module: PyModule, _ evaluator: Evaluator) {
    guard let original = module.members["seed"]?.as(BuiltinFunction.self), original.signature != "(seed=None) [keras]" else {
      return
    }
    module.members["seed"] = .object(BuiltinFunction(
      "seed", signature: "(seed=None) [keras]", doc: original.doc, keywords: original.keywordNames
    ) { [weak evaluator] arguments, ev in
      let result = try ev.call(.object(original), arguments)
      let given = arguments.positional.first ?? arguments.keywords.first?.value
      if let evaluator, let given, let seed = try? NumpyConvert.int(given) {
        try KerasConvert.guarded { try KerasRegistry.state(for: evaluator).seed(seed) }
      }
      return result
    })
  }
}
