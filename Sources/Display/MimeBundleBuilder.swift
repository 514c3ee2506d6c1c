/// Builds MIME bundles (MIME type → text) for frontends, with `text/plain` always present.
public struct MimeBundleBuilder {
  /// MIME type → content.
  public private(set) var data: [String: String]

  /// Starts a bundle with its plain-text form.
  public init(plain: String) { data = ["text/plain": plain] }

  /// Adds a representation.
  public mutating func add(_ mime: String, _ content: String) { data[mime] = content }
}
