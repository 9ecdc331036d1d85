using System.Security.Cryptography;
using System.Text;

namespace Nunchi.Server.Alerts;

/// <summary>The <c>X-Nunchi-Signature</c> header: <c>sha256=</c> and the hex HMAC-SHA256 of the exact body bytes.</summary>
public static class WebhookSignature
{
    /// <summary>The header's name.</summary>
    public const string Header = "X-Nunchi-Signature";

    /// <summary>The header value for <paramref name="body"/> signed with <paramref name="secret"/>.</summary>
    public static string Sign(ReadOnlySpan<byte> body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>True when <paramref name="header"/> is the signature of <paramref name="body"/> (constant-time comparison).</summary>
    public static bool Verify(ReadOnlySpan<byte> body, string secret, string? header) =>
        header is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(body, secret)), Encoding.ASCII.GetBytes(header));
}
