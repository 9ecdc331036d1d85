using System.Net;
using Nunchi.Server.Hosting;

namespace Nunchi.Server.Security;

/// <summary>Refuses to start on a non-loopback address without both tokens: data and findings must not be open to a network.</summary>
internal static class ListenCheck
{
    /// <summary>The first address in <paramref name="urls"/> that is not loopback, or null.</summary>
    public static string? FirstExposed(string urls)
    {
        foreach (string url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            {
                return url;
            }

            bool loopback = uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
            if (!loopback)
            {
                return url;
            }
        }

        return null;
    }

    /// <summary>Throws a one-line explanation when <paramref name="urls"/> leave loopback without tokens.</summary>
    public static void Validate(string urls, NunchiServerOptions options)
    {
        string? exposed = FirstExposed(urls);
        if (exposed is not null && (string.IsNullOrEmpty(options.WriteToken) || string.IsNullOrEmpty(options.ReadToken)))
        {
            throw new InvalidOperationException(
                $"refusing to listen on {exposed} without tokens: set Nunchi__WriteToken and Nunchi__ReadToken (or listen on 127.0.0.1)");
        }
    }
}
