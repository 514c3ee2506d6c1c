// swift-tools-version:6.0
import PackageDescription

// The modules are layered; each imports only those listed above it here.
//   CZeroMQ → ZeroMQ → Jupyter                      (transport and wire protocol)
//   COpenBLAS, CKernels → Tensor → NeuralNet        (n-d arrays on BLAS; Keras-style engine)
//   Tensor (+ CZlib, CCurl) → Datasets              (toy sets, MNIST files, preprocessing, downloads)
//   Tensor → Display                                (MIME bundles, SVG plots, tables, LaTeX)
//   Interpreter                                     (the cell language; no neural nets)
//   Bindings                                        (numpy/keras/... modules for cells)
//   neurona                                         (the executable wiring Session to Jupyter)
//
// Language mode 5: the interpreter's object graph (reference-typed Python values shared
// across the shell and control threads through explicit locks) does not fit Swift 6's
// static data-race checking without marking nearly every type @unchecked Sendable.
// Shared state across threads uses the Synchronization module (Mutex, Atomic).
let swiftSettings: [SwiftSetting] = [.swiftLanguageMode(.v5)]

// The numeric modules' release builds skip Swift's run-time exclusivity checks: a training
// step reaches class-held buffers (weights, gradients, optimizer slots) dozens of times, and
// the checks were ~6% of a small network's step. Debug builds, and so `swift test`, keep them.
let numericSettings: [SwiftSetting] =
  swiftSettings + [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
  name: "Neurona",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "neurona", targets: ["neurona"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
  ],
  targets: [
    // MARK: - System libraries
    .systemLibrary(
      name: "CZeroMQ", pkgConfig: "libzmq", providers: [.apt(["libzmq3-dev"])]),
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    // OpenBLAS's header only (cblas.h from Debian's alternatives, on the default include path):
    // Tensor opens libopenblas.so.0 with dlopen on the first product, so a kernel that has not
    // multiplied matrices yet maps no BLAS, no libgfortran and starts no BLAS threads.
    .systemLibrary(name: "COpenBLAS", providers: [.apt(["libopenblas-dev"])]),
    // libcurl loaded with dlopen on the first download: no networking library at start-up.
    .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl")]),

    // MARK: - Transport and protocol
    .target(name: "ZeroMQ", dependencies: ["CZeroMQ"], swiftSettings: swiftSettings),
    .target(
      name: "Jupyter",
      dependencies: ["ZeroMQ", .product(name: "Crypto", package: "swift-crypto")],
      swiftSettings: swiftSettings),

    // MARK: - Numerics
    // Numeric inner loops in C (element-wise kernels, small and large GEMMs), chosen per CPU at run time.
    .target(name: "CKernels"),
    .target(name: "Tensor", dependencies: ["COpenBLAS", "CKernels"], swiftSettings: numericSettings),
    .target(name: "NeuralNet", dependencies: ["Tensor"], swiftSettings: numericSettings),
    .target(
      name: "Datasets", dependencies: ["Tensor", "CZlib", "CCurl"], resources: [.copy("Resources")],
      swiftSettings: swiftSettings),
    .target(name: "Display", dependencies: ["Tensor"], swiftSettings: swiftSettings),

    // MARK: - The cell language
    .target(name: "Interpreter", swiftSettings: swiftSettings),
    .target(
      name: "Bindings", dependencies: ["Interpreter", "Tensor", "NeuralNet", "Datasets", "Display"],
      swiftSettings: swiftSettings),

    // MARK: - Executable
    .executableTarget(
      name: "neurona",
      dependencies: [
        "Jupyter", "Interpreter", "Bindings",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings),

    // MARK: - Tests
    // Runs golden `.py` cell files (`# expect:` lines) for the language and the bindings.
    .target(
      name: "GoldenTesting", dependencies: ["Interpreter"], path: "Tests/GoldenTesting",
      swiftSettings: swiftSettings),
    .testTarget(
      name: "InterpreterTests", dependencies: ["Interpreter", "GoldenTesting"],
      resources: [.copy("Golden"), .copy("Fixtures")], swiftSettings: swiftSettings),
    .testTarget(
      name: "TensorTests", dependencies: ["Tensor"], resources: [.copy("Fixtures")],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "NeuralNetTests", dependencies: ["NeuralNet", "Tensor"], resources: [.copy("Fixtures")],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "DatasetsTests", dependencies: ["Datasets", "Tensor"], exclude: ["tools"],
      resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
    .testTarget(
      name: "DisplayTests", dependencies: ["Display", "Tensor"], swiftSettings: swiftSettings),
    .testTarget(
      name: "JupyterTests", dependencies: ["Jupyter", "ZeroMQ"], swiftSettings: swiftSettings),
    .testTarget(
      name: "BindingsTests", dependencies: ["Bindings", "Interpreter", "GoldenTesting"],
      resources: [.copy("Golden")], swiftSettings: swiftSettings),
  ]
)
