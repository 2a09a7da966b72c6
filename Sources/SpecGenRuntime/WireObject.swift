/// An object type whose JSON keys the spec declares: every generated object type.
///
/// Where a list is expected and an object arrives, the runtime reads that object as the list's
/// only element (with ``Leniency/collapsedLists``) only when it can be one: when it carries at
/// least one of the keys in ``wireKeys``. Anything else — `{"count": 0}`, a wrapper object under
/// the wrong key, an object of some other type — is a decoding error at its path rather than an
/// element invented with every field `nil`.
public protocol WireObject: Decodable {
    /// The wire names of the type's fields, as the spec declares them.
    static var wireKeys: Set<String> { get }
}
