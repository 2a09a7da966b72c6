// Generated at build time by SpecGenBuildPlugin from the spec files next to this one, like ShopAPI;
// this API has path parameters, JSON request bodies and bearer authentication (a small CRUD API).
// The runtimes are re-exported for its users.
@_exported import SpecGenClient
@_exported import SpecGenRuntime
