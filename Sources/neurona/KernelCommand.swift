import ArgumentParser
import Foundation
import Jupyter

/// `neurona kernel -f CONNECTION_FILE`: serve one kernel, as launched by Jupyter.
struct KernelCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kernel", abstract: "Run the kernel on the ports of a Jupyter connection file.")

  @Option(name: [.customShort("f"), .customLong("connection-file")], help: "The connection file.")
  var connectionFile: String

  func run() throws {
    let connection: ConnectionInfo
    do {
      connection = try ConnectionInfo(contentsOf: connectionFile)
    } catch {
      KernelLog.log("\(error)")
      throw ExitCode.failure
    }
    let interpreter = SessionKernel(version: Neurona.version)
    do {
      let kernel = try Kernel(
        connection: connection, interpreter: interpreter, configuration: .launched())
      KernelLog.log("kernel \(Neurona.version) started, session \(kernel.session)")
      try kernel.run()
      KernelLog.log("kernel stopped")
    } catch {
      KernelLog.log("kernel failed: \(error)")
      throw ExitCode.failure
    }
  }
}
