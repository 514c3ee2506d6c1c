/// The variables of one function call, linked to the scope it was defined in.
public final class Scope {
  /// The call's local variables.
  public var variables: [String: Value] = [:]
  /// The enclosing function's scope (for closures).
  public let parent: Scope?
  /// The function this scope belongs to.
  public let function: PyFunction?
  /// Whether this scope runs a class body (invisible to the methods defined in it).
  public var isClassBody = false
  /// Whether this scope belongs to a comprehension.
  public var isComprehension = false

  /// Creates a scope.
  public init(parent: Scope?, function: PyFunction?) {
    self.parent = parent
    self.function = function
  }

  /// Finds the scope in the chain that holds `name`.
  public func owner(of name: String) -> Scope? {
    var scope: Scope? = self
    while let current = scope {
      if current.variables[name] != nil { return current }
      scope = current.parent
    }
    return nil
  }
}
