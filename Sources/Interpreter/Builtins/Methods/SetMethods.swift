/// The methods of `set`.
enum SetMethods {
  static let all: [BuiltinFunction] = []
}
