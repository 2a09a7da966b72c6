// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "specgen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "specgen", targets: ["specgen"]),
        .library(name: "SpecGenRuntime", targets: ["SpecGenRuntime"]),
        .library(name: "CapillaryAPI", targets: ["CapillaryAPI"]),
        .plugin(name: "SpecGenBuildPlugin", targets: ["SpecGenBuildPlugin"]),
        .plugin(name: "RegenerateCommand", targets: ["RegenerateCommand"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libyaml, found through pkg-config (Debian: libyaml-dev).
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // A YAML node tree with source positions, built on libyaml.
        .target(name: "YAMLReader", dependencies: ["CYAML"]),
        // The generator's stages: load → validate → translate → render → write.
        .target(name: "SpecGenKit", dependencies: ["YAMLReader", "SpecGenRuntime"]),
        .executableTarget(
            name: "specgen",
            dependencies: [
                "SpecGenKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Build time: generates Swift from the spec files of the target it is applied to.
        .plugin(
            name: "SpecGenBuildPlugin",
            capability: .buildTool(),
            dependencies: ["specgen"],
            path: "Sources/SpecGenBuildPlugin"
        ),
        // `swift package --allow-writing-to-package-directory regenerate`: Spec/ → Generated/.
        .plugin(
            name: "RegenerateCommand",
            capability: .command(
                intent: .custom(verb: "regenerate", description: "Regenerate Generated/ (Swift and docs) from Spec/"),
                permissions: [.writeToPackageDirectory(reason: "specgen rewrites the generated Swift and docs in Generated/")]
            ),
            dependencies: ["specgen"],
            path: "Sources/RegenerateCommand"
        ),
        // What generated code imports: lenient decoding, query encoding, request validation.
        .target(name: "SpecGenRuntime"),
        // Generated from Spec/capillary by `specgen generate`; committed.
        .target(name: "CapillaryAPI", dependencies: ["SpecGenRuntime"], path: "Generated/CapillaryAPI"),
        // The benchmarks behind the README's table; run after a release build (see README).
        .executableTarget(name: "SpecGenBenchmarks", dependencies: ["CapillaryAPI"], path: "Tests/Benchmarks"),

        .testTarget(name: "YAMLReaderTests", dependencies: ["YAMLReader"]),
        .testTarget(name: "SpecGenKitTests", dependencies: ["SpecGenKit"]),
        .testTarget(name: "SpecGenRuntimeTests", dependencies: ["SpecGenRuntime"]),
        .testTarget(
            name: "ConformanceTests",
            dependencies: ["CapillaryAPI", "SpecGenRuntime"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
