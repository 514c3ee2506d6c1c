/// The methods of `dict`.
enum DictMethods {
  static let all: [BuiltinFunction] = []
}
