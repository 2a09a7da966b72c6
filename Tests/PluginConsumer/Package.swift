// swift-tools-version: 6.1
// A package outside specgen that uses it the way an app would: it depends on specgen by path and
// applies the build-tool plugin to a target that holds only spec files. `.ci/run` builds and tests
// it, and checks from the build log that a no-op rebuild does not run the generator.
import PackageDescription

let package = Package(
    name: "PluginConsumer",
    dependencies: [
        .package(name: "specgen", path: "../.."),
        // The generated client takes any swift-openapi-runtime ClientTransport.
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // NotebookAPITests send through URLSession, as an app would.
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
    ],
    targets: [
        .target(
            name: "ShopAPI",
            dependencies: [
                .product(name: "SpecGenRuntime", package: "specgen"),
                .product(name: "SpecGenClient", package: "specgen"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ],
            plugins: [.plugin(name: "SpecGenBuildPlugin", package: "specgen")]
        ),
        // A second API, whose bodies report outcomes (see its get_voucher.yaml).
        .target(
            name: "VoucherAPI",
            dependencies: [
                .product(name: "SpecGenRuntime", package: "specgen"),
                .product(name: "SpecGenClient", package: "specgen"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ],
            plugins: [.plugin(name: "SpecGenBuildPlugin", package: "specgen")]
        ),
        // A third, CRUD API: path parameters, JSON request bodies with rules, bearer authentication.
        .target(
            name: "NotebookAPI",
            dependencies: [
                .product(name: "SpecGenRuntime", package: "specgen"),
                .product(name: "SpecGenClient", package: "specgen"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ],
            plugins: [.plugin(name: "SpecGenBuildPlugin", package: "specgen")]
        ),
        // A fourth API with the shapes issue 16 added (maps, null, unions, list/map/scalar responses,
        // error bodies, unix times, every query encoding), modelled on a weather and a media API.
        .target(
            name: "AtlasAPI",
            dependencies: [
                .product(name: "SpecGenRuntime", package: "specgen"),
                .product(name: "SpecGenClient", package: "specgen"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ],
            plugins: [.plugin(name: "SpecGenBuildPlugin", package: "specgen")]
        ),
        // Calls the notebook service in Server/, which the tests start on 127.0.0.1 (python3).
        .testTarget(
            name: "NotebookAPITests",
            dependencies: [
                "NotebookAPI",
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
            ]
        ),
        .testTarget(
            name: "VoucherAPITests",
            dependencies: [
                "VoucherAPI",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // Answers the recorded bodies in Recorded/ (read from the source tree, not bundled).
        .testTarget(
            name: "AtlasAPITests",
            dependencies: [
                "AtlasAPI",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            exclude: ["Recorded"]
        ),
        .testTarget(
            name: "ShopAPITests",
            dependencies: [
                "ShopAPI",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
    ]
)
