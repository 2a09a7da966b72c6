// Everything else in this module is generated at build time by SpecGenBuildPlugin from the spec
// files next to this one. Re-exporting the runtime lets users of ShopClient name its types
// (RequestValidationError, CalendarDate, ...) without importing it themselves.
@_exported import SpecGenRuntime
