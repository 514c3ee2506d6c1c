/// Keras-style serialization of initializers: `{"class_name": ..., "config": {...}}`.
extension Initializer {
  /// The Keras class name.
  public var className: String {
    switch self {
    case .zeros: return "Zeros"
    case .ones: return "Ones"
    case .constant: return "Constant"
    case .randomUniform: return "RandomUniform"
    case .randomNormal: return "RandomNormal"
    case .truncatedNormal: return "TruncatedNormal"
    case .orthogonal: return "Orthogonal"
    case .identity: return "Identity"
    case .varianceScaling:
      switch self {
      case Initializer.glorotUniform: return "GlorotUniform"
      case Initializer.glorotNormal: return "GlorotNormal"
      case Initializer.heUniform: return "HeUniform"
      case Initializer.heNormal: return "HeNormal"
      case Initializer.lecunUniform: return "LecunUniform"
      case Initializer.lecunNormal: return "LecunNormal"
      default: return "VarianceScaling"
      }
    }
  }

  /// The class's own arguments.
  var arguments: [String: ConfigValue] {
    switch self {
    case .zeros, .ones: return [:]
    case .constant(let v): return ["value": .double(v)]
    case .randomUniform(let lo, let hi): return ["minval": .double(lo), "maxval": .double(hi), "seed": .null]
    case .randomNormal(let m, let s), .truncatedNormal(let m, let s):
      return ["mean": .double(m), "stddev": .double(s), "seed": .null]
    case .varianceScaling(let scale, let mode, let distribution):
      if className != "VarianceScaling" { return ["seed": .null] }
      return ["scale": .double(scale), "mode": .string(mode.rawValue),
              "distribution": .string(distribution.rawValue), "seed": .null]
    case .orthogonal(let gain), .identity(let gain): return ["gain": .double(gain)]
    }
  }

  /// `{"module": "keras.initializers", "class_name": ..., "config": {...}}`.
  public var config: ConfigValue {
    .object([
      "module": .string("keras.initializers"), "class_name": .string(className),
      "config": .object(arguments), "registered_name": .null,
    ])
  }

  /// Rebuilds an initializer from `config` (or a plain identifier string).
  public static func from(config: ConfigValue) throws -> Initializer {
    if let name = config.string { return try named(name) }
    guard let object = config.object, let className = object["class_name"]?.string else {
      throw NeuralNetError.unknownIdentifier(kind: "initializer", name: "\(config)", suggestion: nil)
    }
    let args = object["config"]?.object ?? [:]
    func number(_ key: String, _ fallback: Double) -> Double { args[key]?.number ?? fallback }
    switch className {
    case "Constant": return .constant(number("value", 0))
    case "RandomUniform": return .randomUniform(minval: number("minval", -0.05), maxval: number("maxval", 0.05))
    case "RandomNormal": return .randomNormal(mean: number("mean", 0), stddev: number("stddev", 0.05))
    case "TruncatedNormal": return .truncatedNormal(mean: number("mean", 0), stddev: number("stddev", 0.05))
    case "Orthogonal": return .orthogonal(gain: number("gain", 1))
    case "Identity": return .identity(gain: number("gain", 1))
    case "VarianceScaling":
      let mode = FanMode(rawValue: args["mode"]?.string ?? "fan_in") ?? .fanIn
      var dist = args["distribution"]?.string ?? "truncated_normal"
      if dist == "normal" { dist = "truncated_normal" }
      return .varianceScaling(
        scale: number("scale", 1), mode: mode, distribution: Distribution(rawValue: dist) ?? .truncatedNormal)
    default: return try named(className)
    }
  }
}
