// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "revue",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "revue", targets: ["revue"]),
        .library(name: "RevueCore", targets: ["RevueCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(name: "CSystemCalls"),
        .target(
            name: "RevueCore",
            dependencies: [
                "CCmark",
                "CSystemCalls",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        .target(
            name: "RevueServe",
            dependencies: [
                "RevueCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "revue",
            dependencies: [
                "RevueCore",
                "RevueServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "RevueCoreTests",
            dependencies: ["RevueCore"]
        ),
        .testTarget(
            name: "RevueCommandTests",
            dependencies: ["revue"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "RevueServeTests",
            dependencies: [
                "RevueServe",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)

// The fuzzer (scripts/fuzz.sh) builds only on request, with `swift build --sanitize fuzzer`:
// libFuzzer brings its `main`.
if Context.environment["REVUE_FUZZ"] != nil {
    package.targets.append(.executableTarget(
        name: "FuzzInputs",
        dependencies: ["RevueCore"],
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    ))
}
