import Foundation

/// An `IPython.display` rich object (`HTML('<b>hi</b>')`): data shown under one MIME type.
final class DisplayObject: PyObject {
  let type: PyType
  let mime: String
  let data: String
  let metadataJSON: String

  init(type: PyType, mime: String, data: String, metadataJSON: String = "{}") {
    self.type = type
    self.mime = mime
    self.data = data
    self.metadataJSON = metadataJSON
  }

  var pyType: PyType { type }

  func repr() -> String { "<IPython.core.display.\(type.name) object>" }

  func richDisplay() -> MimeBundle? {
    MimeBundle(["text/plain": repr(), mime: data], metadataJSON: metadataJSON)
  }

  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    name == "data" ? .str(data) : nil
  }

  /// A display class for one MIME type. `Image` reads `filename=` / bytes-free `data=` paths
  /// and base64-encodes PNG, JPEG or SVG files; the rest take their text as is.
  static func makeType(name: String, mime: String, wrapMath: Bool = false) -> PyType {
    let type = PyType(
      name: name, module: "IPython.core.display",
      documentation: "Display \(mime) content in the notebook.")
    type.constructor = { [unowned type] arguments, evaluator in
      let bound = try arguments.bind(name, ["data=", "url=", "filename=", "format=", "width=", "height=", "metadata="])
      if name == "Image" { return try image(type, bound, evaluator) }
      var text = bound["data"].map(evaluator.strOf) ?? ""
      if let filename = bound["filename"].map(evaluator.strOf) {
        guard let contents = FileManager.default.contents(atPath: filename),
          let decoded = String(data: contents, encoding: .utf8)
        else {
          throw PyError(.fileNotFoundError, "No such file or directory: '\(filename)'")
        }
        text = decoded
      }
      if mime == "application/json", let value = bound["data"], !(value.as(PyDict.self) == nil && value.as(PyList.self) == nil) {
        text = try JSONText.encode(value, evaluator)
      }
      if wrapMath { text = "$\\displaystyle \(text)$" }
      return .object(DisplayObject(type: type, mime: mime, data: text))
    }
    return type
  }

  private static func image(_ type: PyType, _ bound: BoundArguments, _ evaluator: Evaluator) throws
    -> Value
  {
    guard let filename = (bound["filename"] ?? bound["data"]).map(evaluator.strOf) else {
      throw PyError.valueError("Image() needs a filename or data")
    }
    guard let contents = FileManager.default.contents(atPath: filename) else {
      throw PyError(.fileNotFoundError, "No such file or directory: '\(filename)'")
    }
    let lower = filename.lowercased()
    let mime =
      lower.hasSuffix(".svg") ? "image/svg+xml" : (lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg")) ? "image/jpeg" : "image/png"
    let payload = mime == "image/svg+xml" ? String(decoding: contents, as: UTF8.self) : contents.base64EncodedString()
    var metadata: [String] = []
    if let width = bound["width"] { metadata.append("\"width\": \(evaluator.strOf(width))") }
    if let height = bound["height"] { metadata.append("\"height\": \(evaluator.strOf(height))") }
    let metadataJSON = metadata.isEmpty ? "{}" : "{\"\(mime)\": {\(metadata.joined(separator: ", "))}}"
    return .object(DisplayObject(type: type, mime: mime, data: payload, metadataJSON: metadataJSON))
  }
}

/// The handle `display(obj, display_id=True)` returns: `update(obj)` replaces the output.
final class DisplayHandle: PyObject {
  static let type = PyType(name: "DisplayHandle", module: "IPython.core.display_functions")
  nonisolated(unsafe) private static var counter = 0
  let id: String

  init(id: String) { self.id = id }

  static func newID() -> String {
    counter += 1
    return "neurona-display-\(counter)-\(UInt32.random(in: 0...UInt32.max))"
  }

  var pyType: PyType { Self.type }

  func repr() -> String { "<DisplayHandle display_id=\(id)>" }

  func getAttribute(_ name: String, _ evaluator: Evaluator) throws -> Value? {
    switch name {
    case "display_id": return .str(id)
    case "update", "display":
      let update = name == "update"
      return .object(
        BuiltinFunction(name, signature: "(obj)") { [id] arguments, evaluator in
          let object = try arguments.bind(name, ["obj"]).values["obj"] ?? .none
          evaluator.sink.display(evaluator.displayBundle(for: object), displayID: id, update: update)
          return .none
        })
    default: return nil
    }
  }

  func attributeNames() -> [String] { ["display", "display_id", "update"] }
}

/// JSON text for Python values (dicts, lists, strings, numbers, None).
enum JSONText {
  static func encode(_ value: Value, _ evaluator: Evaluator) throws -> String {
    switch value {
    case .none: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .int(let int): return String(int)
    case .float(let double): return double.isFinite ? PyFormat.reprFloat(double) : "null"
    case .str(let text): return quote(text)
    case .object(let object):
      if let dict = object as? PyDict {
        return "{" + (try dict.entries.map { "\(quote(evaluator.strOf($0.key))): \(try encode($0.value, evaluator))" }).joined(separator: ", ") + "}"
      }
      if let items = (object as? PyList)?.items ?? (object as? PyTuple)?.items {
        return "[" + (try items.map { try encode($0, evaluator) }).joined(separator: ", ") + "]"
      }
      return quote(object.str())
    }
  }

  static func quote(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 {
          result += String(format: "\\u%04x", scalar.value)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
