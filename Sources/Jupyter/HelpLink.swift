/// One entry of the notebook's Help menu (`help_links` in `kernel_info_reply`).
public struct HelpLink: Equatable, Sendable {
  /// The menu text.
  public var text: String
  /// The URL opened.
  public var url: String

  /// Creates a help link.
  public init(text: String, url: String) {
    self.text = text
    self.url = url
  }
}
