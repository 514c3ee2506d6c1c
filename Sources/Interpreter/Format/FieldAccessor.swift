/// One accessor that follows the first part of a `str.format` field name.
public enum FieldAccessor: Equatable {
  /// `.name`: attribute access.
  case attribute(String)
  /// `[key]`: item access; the caller treats an all-digit key as an integer index and
  /// anything else as a string key, as Python does.
  case index(String)
}
