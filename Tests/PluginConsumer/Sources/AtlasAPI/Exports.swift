// Generated at build time by SpecGenBuildPlugin from the spec files next to this one. This API has
// the shapes issue 16 added: maps, nullable fields and items, unions (tagged and by kind), list,
// map and scalar responses, error bodies per status, unix-time dates and every query encoding.
// The runtimes are re-exported for its users.
@_exported import SpecGenClient
@_exported import SpecGenRuntime
