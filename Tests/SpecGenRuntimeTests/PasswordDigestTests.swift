import Foundation
import Testing
@testable import SpecGenRuntime

@Suite("MD5 and password digests")
struct PasswordDigestTests {
    /// RFC 1321, appendix A.5.
    @Test(arguments: [
        ("", "d41d8cd98f00b204e9800998ecf8427e"),
        ("a", "0cc175b9c0f1b6a831c399e269772661"),
        ("abc", "900150983cd24fb0d6963f7d28e17f72"),
        ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
        ("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"),
        ("12345678901234567890123456789012345678901234567890123456789012345678901234567890", "57edf4a22be3c955ac49da2e2107b67a"),
    ])
    func rfc1321TestSuite(input: String, digest: String) {
        #expect(MD5.hexDigest(input) == digest)
    }

    @Test func blockBoundaries() {
        // 55, 56 and 64 bytes: the padding needs one block, two blocks, and a whole extra block.
        #expect(MD5.hexDigest(String(repeating: "a", count: 55)) == "ef1772b6dff9a122358552954ad0df65")
        #expect(MD5.hexDigest(String(repeating: "a", count: 56)) == "3b0c8ac703f828b04c6c197006d17218")
        #expect(MD5.hexDigest(String(repeating: "a", count: 64)) == "014842d480b571495a4a0363793f7367")
    }

    @Test func nonASCIIPasswordsAreHashedAsUTF8() {
        #expect(PasswordDigest.md5.apply(to: "pässwörd") == "12841e4ba5e37d2fbfc78458c6714ade")
        #expect(MD5.digest(Array("pässwörd".utf8)).count == 16)
    }

    @Test func credentialsWithADigest() {
        let plain = BasicCredentials(username: "demo.till", password: "demo-password", digest: .md5)
        let hashed = BasicCredentials(username: "demo.till", password: "4b4d9529148d8d9440d7e20c78287f69")
        #expect(plain == hashed)
        #expect(plain.authorizationValue == "Basic ZGVtby50aWxsOjRiNGQ5NTI5MTQ4ZDhkOTQ0MGQ3ZTIwYzc4Mjg3ZjY5")
    }

    @Test func redactingRemovesThePasswordAndTheEncodedCredential() {
        let credentials = BasicCredentials(username: "till", password: "s3cret-pass")
        let encoded = String(credentials.authorizationValue.dropFirst(6))
        let text = "echo: Authorization: Basic \(encoded); password=s3cret-pass; user=till"
        #expect(credentials.redacting(text) == "echo: Authorization: Basic <redacted>; password=<redacted>; user=till")
    }

    /// Each form a server may echo, and a secret's start left at a cut.
    @Test func redactingEveryFormAndFragmentsAtACut() {
        // "till:p+ss/w0rd=" has a base64 with "+" and "/", so its percent-encoded forms differ.
        let credentials = BasicCredentials(username: "till", password: "p+ss/w0rd=?")
        let base64 = String(credentials.authorizationValue.dropFirst(6))
        #expect(base64 == "dGlsbDpwK3NzL3cwcmQ9Pw==")
        for echoed in [
            base64, "dGlsbDpwK3NzL3cwcmQ9Pw", "dGlsbDpwK3NzL3cwcmQ9Pw%3D%3D", "dGlsbDpwK3NzL3cwcmQ9Pw%3d%3d",
            "till:p+ss/w0rd=?", "till%3Ap%2Bss%2Fw0rd%3D%3F", "till%3ap%2bss%2fw0rd%3d%3f", "p+ss/w0rd=?", "p%2Bss%2Fw0rd%3D%3F",
        ] {
            #expect(credentials.redacting("[\(echoed)]") == "[<redacted>]", "\(echoed)")
        }
        #expect(credentials.redacting(#"{"auth": "dGlsbDpwK3NzL3cwcmQ9Pw==", "url": "dGlsbDpwK3NzL3cwcmQ9Pw"}"#)
            == #"{"auth": "<redacted>", "url": "<redacted>"}"#)
        // At a cut: four characters or more of a secret's start go; fewer, and text that only
        // resembles a secret, stay.
        #expect(credentials.redacting("x dGlsbDpw…") == "x <redacted>…")
        #expect(credentials.redacting("x p+ss…; y dGls… z") == "x <redacted>…; y <redacted>… z")
        #expect(credentials.redacting("x dGl…") == "x dGl…")
        #expect(credentials.redacting("x dGlsX…") == "x dGlsX…")
    }

    /// In a body, only long forms are replaced: a short password may be any word of the body.
    @Test func redactingSecretsInABody() {
        let credentials = BasicCredentials(username: "till", password: "name")
        let base64 = String(credentials.authorizationValue.dropFirst(6))
        let body = #"{"name": "name", "echo": "Basic "# + base64 + #"", "also": ""# + base64 + #""}"#
        let redacted = String(decoding: credentials.redactingSecrets(inBody: Data(body.utf8)), as: UTF8.self)
        #expect(base64.count < BasicCredentials.minimumBodyFormLength)
        #expect(redacted == body)
        let long = BasicCredentials(username: "till", password: "4b4d9529148d8d9440d7e20c78287f69")
        let longBody = #"{"message": "bad 4b4d9529148d8d9440d7e20c78287f69, 4b4d9529148d8d9440d7e20c78287f69"}"#
        #expect(String(decoding: long.redactingSecrets(inBody: Data(longBody.utf8)), as: UTF8.self)
            == #"{"message": "bad <redacted>, <redacted>"}"#)
    }
}
