// Generated at build time by SpecGenBuildPlugin from the spec files next to this one, like ShopAPI;
// this API reports outcomes in its bodies. The runtimes are re-exported for its users.
@_exported import SpecGenClient
@_exported import SpecGenRuntime
