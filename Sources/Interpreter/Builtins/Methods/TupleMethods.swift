/// The methods of `tuple`.
enum TupleMethods {
  static let all: [BuiltinFunction] = []
}
