/// The methods of `list`.
enum ListMethods {
  static let all: [BuiltinFunction] = []
}
