// Everything else in this module is generated at build time by SpecGenBuildPlugin from the spec
// files next to this one. Re-exporting the runtimes lets users of ShopAPI name their types
// (RequestValidationError, APIError, BasicCredentials, ...) without importing them themselves.
@_exported import SpecGenClient
@_exported import SpecGenRuntime
