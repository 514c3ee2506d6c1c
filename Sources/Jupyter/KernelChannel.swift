/// The ROUTER channel a request arrived on.
enum KernelChannel: String {
  /// Requests that run in order on the shell thread.
  case shell
  /// Out-of-band requests (shutdown, interrupt, kernel_info) on their own thread.
  case control
}
