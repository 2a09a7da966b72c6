// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "specgen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "specgen", targets: ["specgen"]),
        .library(name: "SpecGenRuntime", targets: ["SpecGenRuntime"]),
        .library(name: "SpecGenClient", targets: ["SpecGenClient"]),
        .library(name: "CapillaryAPI", targets: ["CapillaryAPI"]),
        .plugin(name: "SpecGenBuildPlugin", targets: ["SpecGenBuildPlugin"]),
        .plugin(name: "RegenerateCommand", targets: ["RegenerateCommand"]),
        .executable(name: "capillary", targets: ["capillary"]),
        .executable(name: "specgen-openapi", targets: ["specgen-openapi"]),
    ],
    traits: [
        // Off by default: AsyncHTTPClient and SwiftNIO add about four minutes to a first build.
        .trait(
            name: "AsyncHTTPClient",
            description: "Lets the capillary tool send through AsyncHTTPClient (--transport async-http-client)."),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client", from: "1.5.0"),
        // Its HTTPClient, configured not to follow redirects (under the AsyncHTTPClient trait only).
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        // `swift package generate-documentation`: a command plugin only, so it builds nothing for
        // users of the library products or the build plugin (SwiftPM drops plugin-only packages from
        // dependents' builds).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // Parses OpenAPI documents for `specgen-openapi import` only; nothing else links it.
        .package(url: "https://github.com/mattpolzin/OpenAPIKit", from: "6.4.0"),
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
            dependencies: ["SpecGenKit"]
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
        // What generated clients import: sending requests through any swift-openapi-runtime
        // ClientTransport, following redirects by its own policy, typed errors, request- and
        // item-level outcomes.
        .target(
            name: "SpecGenClient",
            dependencies: [
                "SpecGenRuntime",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                // Only to give a URLSessionTransport a session that leaves redirects to the client.
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
            ]
        ),
        // Generated from Spec/capillary by `specgen generate`; committed.
        .target(
            name: "CapillaryAPI",
            dependencies: [
                "SpecGenRuntime", "SpecGenClient",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ],
            path: "Generated/CapillaryAPI"
        ),
        // OpenAPI 3.0/3.1 document → spec folder. Only this stage and its executable link OpenAPIKit,
        // so specgen, the plugins and every plugin user's build never compile it.
        .target(
            name: "OpenAPIImport",
            dependencies: [
                "YAMLReader", "SpecGenKit",
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
                .product(name: "OpenAPIKit30", package: "OpenAPIKit"),
                .product(name: "OpenAPIKitCompat", package: "OpenAPIKit"),
            ]
        ),
        .executableTarget(
            name: "specgen-openapi",
            dependencies: ["OpenAPIImport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The support engineer's command-line tool, built on the generated client.
        .executableTarget(
            name: "capillary",
            dependencies: [
                "CapillaryAPI", "SpecGenClient",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(
                    name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client",
                    condition: .when(traits: ["AsyncHTTPClient"])),
                .product(
                    name: "AsyncHTTPClient", package: "async-http-client", condition: .when(traits: ["AsyncHTTPClient"])),
            ]
        ),
        // libFuzzer's driver entry point, declared for Swift (the toolchain's fuzzer runtime defines it).
        .systemLibrary(name: "CLibFuzzer"),
        // Fuzz targets: a corpus replayer in a normal build, a libFuzzer binary with -D FUZZING
        // (Tests/Fuzz/run-fuzzer).
        .executableTarget(
            name: "SpecGenFuzz",
            dependencies: ["SpecGenKit", "CapillaryAPI", "CLibFuzzer"]
        ),
        // The benchmarks whose numbers Tests/Benchmarks/README.md keeps; run after a release build.
        // The import benchmark runs the built specgen-openapi as a child process: no OpenAPIKit here.
        .executableTarget(
            name: "SpecGenBenchmarks", dependencies: ["CapillaryAPI", "BenchmarkShapes", "YAMLReader"], path: "Tests/Benchmarks",
            exclude: ["README.md"]),
        // The shapes the decode benchmarks read (a map, tagged and kind unions), generated at build
        // time by SpecGenBuildPlugin from the spec files in Tests/BenchmarkShapes, as an app's API is.
        .target(
            name: "BenchmarkShapes",
            dependencies: [
                "SpecGenRuntime", "SpecGenClient",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ],
            path: "Tests/BenchmarkShapes",
            plugins: ["SpecGenBuildPlugin"]
        ),

        .testTarget(name: "YAMLReaderTests", dependencies: ["YAMLReader"]),
        .testTarget(
            name: "SpecGenKitTests",
            dependencies: ["SpecGenKit"],
            resources: [.copy("MalformedSpecs"), .copy("HostileSpec")]
        ),
        .testTarget(name: "SpecGenRuntimeTests", dependencies: ["SpecGenRuntime"]),
        // Imports real OpenAPI documents (kept with their licenses in Documents/) and compares goldens.
        .testTarget(
            name: "OpenAPIImportTests",
            dependencies: ["OpenAPIImport", "SpecGenKit"],
            exclude: ["Documents", "Golden"]
        ),
        .testTarget(
            name: "SpecGenClientTests",
            dependencies: ["SpecGenClient", .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")]
        ),
        // Also runs the generated client and the capillary tool against a loopback server that
        // replays the fixtures.
        .testTarget(
            name: "ConformanceTests",
            dependencies: [
                "CapillaryAPI", "SpecGenRuntime", "SpecGenClient", "capillary",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(
                    name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client",
                    condition: .when(traits: ["AsyncHTTPClient"])),
                .product(
                    name: "AsyncHTTPClient", package: "async-http-client", condition: .when(traits: ["AsyncHTTPClient"])),
            ],
            exclude: ["README.md"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
