/// A MIME bundle: MIME type → content, plus metadata (per MIME type or global).
///
/// Text types carry `.string`; JSON types (`application/json`, `…+json`) carry JSON values.
public struct DisplayBundle: Equatable, Sendable {
  /// MIME type → content.
  public var data: [String: JSONValue]
  /// Metadata object, usually `{}`.
  public var metadata: [String: JSONValue]

  /// Creates a bundle.
  public init(data: [String: JSONValue], metadata: [String: JSONValue] = [:]) {
    self.data = data
    self.metadata = metadata
  }

  /// A bundle with only `text/plain`.
  public static func plain(_ text: String) -> DisplayBundle {
    DisplayBundle(data: ["text/plain": .string(text)])
  }

  /// The `text/plain` content, if present.
  public var plainText: String? { data["text/plain"]?.stringValue }
}
