/// Serialization of activations: a plain Keras name, or a name plus its arguments
/// when they differ from the defaults (so a saved model keeps them).
extension ActivationFunction {
  /// The non-default arguments of this activation.
  var arguments: [String: ConfigValue] {
    switch self {
    case .relu(let slope, let maxValue, let threshold):
      var a: [String: ConfigValue] = [:]
      if slope != 0 { a["negative_slope"] = .double(Double(slope)) }
      if let maxValue { a["max_value"] = .double(Double(maxValue)) }
      if threshold != 0 { a["threshold"] = .double(Double(threshold)) }
      return a
    case .leakyReLU(let slope) where slope != 0.2: return ["negative_slope": .double(Double(slope))]
    case .elu(let alpha) where alpha != 1: return ["alpha": .double(Double(alpha))]
    case .gelu(let approximate) where approximate: return ["approximate": .bool(true)]
    default: return [:]
    }
  }

  /// `"relu"`, or `{"class_name": "relu", "config": {...}}` when arguments are set.
  public var config: ConfigValue {
    let args = arguments
    if args.isEmpty { return .string(name) }
    return .object(["class_name": .string(name), "config": .object(args)])
  }

  /// Rebuilds an activation from `config`.
  public static func from(config: ConfigValue) throws -> ActivationFunction {
    if config == .null { return .linear }
    if let name = config.string { return try named(name) }
    let name = config.object?["class_name"]?.string ?? ""
    let args = config.object?["config"]?.object ?? [:]
    func number(_ key: String) -> Float? { args[key]?.number.map(Float.init) }
    switch name {
    case "relu":
      return .relu(negativeSlope: number("negative_slope") ?? 0, maxValue: number("max_value"),
                   threshold: number("threshold") ?? 0)
    case "leaky_relu": return .leakyReLU(negativeSlope: number("negative_slope") ?? 0.2)
    case "elu": return .elu(alpha: number("alpha") ?? 1)
    case "gelu": return .gelu(approximate: args["approximate"]?.bool ?? false)
    default: return try named(name)
    }
  }
}
