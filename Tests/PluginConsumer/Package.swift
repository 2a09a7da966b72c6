// swift-tools-version: 6.1
// A package outside specgen that uses it the way an app would: it depends on specgen by path and
// applies the build-tool plugin to a target that holds only spec files. `.ci/run` builds and tests
// it, and checks from the build log that a no-op rebuild does not run the generator.
import PackageDescription

let package = Package(
    name: "PluginConsumer",
    dependencies: [
        .package(name: "specgen", path: "../.."),
    ],
    targets: [
        .target(
            name: "ShopClient",
            dependencies: [.product(name: "SpecGenRuntime", package: "specgen")],
            plugins: [.plugin(name: "SpecGenBuildPlugin", package: "specgen")]
        ),
        .testTarget(name: "ShopClientTests", dependencies: ["ShopClient"]),
    ]
)
