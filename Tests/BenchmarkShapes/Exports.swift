// Everything else in this module is generated at build time by SpecGenBuildPlugin from the spec
// files next to this one. SwiftPM drops a target with no Swift source of its own before any plugin
// runs, so this file keeps it; re-exporting the runtime lets the benchmarks name its types
// (JSONValue, Nullable, ...) without importing it themselves.
@_exported import SpecGenRuntime
