/// The methods of `str`.
enum StrMethods {
  static let all: [BuiltinFunction] = []
}
