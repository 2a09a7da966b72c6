/// How an API wants the password inside its HTTP Basic credential, when not as typed.
///
/// Some services define the credential as `username:digest(password)`; a client that holds the
/// plain password applies the digest, one that holds the digest already sends it as it is.
public enum PasswordDigest: String, Sendable, CaseIterable {
    /// The password's MD5 digest as 32 lower-case hex digits.
    case md5

    /// The digest of `password`, in the form the credential carries.
    public func apply(to password: String) -> String {
        switch self {
        case .md5: MD5.hexDigest(password)
        }
    }
}
