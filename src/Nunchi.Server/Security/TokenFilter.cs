using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Nunchi.Server.Hosting;

namespace Nunchi.Server.Security;

/// <summary>
/// Checks the bearer token of a request when tokens are configured. Accepts the forms InfluxDB clients send:
/// <c>Authorization: Bearer T</c>, <c>Authorization: Token T</c> (Telegraf's influxdb_v2 output), HTTP basic
/// auth with T as the password and the <c>p=T</c> query parameter (influxdb v1 output).
/// </summary>
internal sealed class TokenFilter(Access access, IOptions<NunchiServerOptions> options) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var settings = options.Value;
        string? write = settings.WriteToken;
        string? read = settings.ReadToken;
        bool open = access == Access.Write ? string.IsNullOrEmpty(write) : string.IsNullOrEmpty(read) && string.IsNullOrEmpty(write);
        if (open)
        {
            return next(context);
        }

        string? presented = Presented(context.HttpContext.Request);
        bool allowed = presented is not null
            && (Matches(presented, write) || (access == Access.Read && Matches(presented, read)));
        if (allowed)
        {
            return next(context);
        }

        context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return ValueTask.FromResult<object?>(TypedResults.Problem(
            title: presented is null ? "A token is required" : "The token is not valid",
            detail: access == Access.Write
                ? "Send the write token as 'Authorization: Bearer TOKEN' (or 'Token TOKEN')."
                : "Send the read or write token as 'Authorization: Bearer TOKEN'.",
            statusCode: StatusCodes.Status401Unauthorized));
    }

    private static string? Presented(HttpRequest request)
    {
        string header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Token ", StringComparison.OrdinalIgnoreCase))
        {
            return header[(header.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim();
        }

        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                string pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                int colon = pair.IndexOf(':', StringComparison.Ordinal);
                return colon < 0 ? null : pair[(colon + 1)..];
            }
            catch (FormatException)
            {
                return null;
            }
        }

        string? password = request.Query["p"];
        return string.IsNullOrEmpty(password) ? null : password;
    }

    private static bool Matches(string presented, string? expected) =>
        !string.IsNullOrEmpty(expected)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
