using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Nunchi.Server.Dashboard;

/// <summary>Serves the web dashboard (<c>wwwroot</c>: plain ES modules, CSS and the vendored uPlot) at <c>/</c>.</summary>
/// <remarks>
/// The files hold no data, so they are public like <c>/healthz</c>; everything they show comes from <c>/api/v1</c>,
/// behind the read token when one is set.
/// </remarks>
internal static class DashboardFiles
{
    /// <summary>
    /// Scripts only from this server, no inline script or plugin: a name that slipped into the page as HTML still
    /// could not run. Inline styles stay allowed because uPlot positions its cursor and legend with them.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>The folder the files are served from: <c>wwwroot</c> beside the executable.</summary>
    public static string WebRoot => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    public static void UseDashboard(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = new LicenceAwareContentTypes(),
            OnPrepareResponse = file =>
            {
                // Revalidate every time (the ETag makes that cheap): a new build's modules must never mix with an
                // old cached one.
                var headers = file.Context.Response.Headers;
                headers.CacheControl = "no-cache";
                headers.XContentTypeOptions = "nosniff";
                headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
                headers["Referrer-Policy"] = "no-referrer";
            },
        });
    }

    /// <summary>The usual types by extension; files without one (the vendored <c>LICENSE</c>, <c>VERSION</c>) as plain text.</summary>
    private sealed class LicenceAwareContentTypes : IContentTypeProvider
    {
        private readonly FileExtensionContentTypeProvider _byExtension = new();

        public bool TryGetContentType(string subpath, out string contentType)
        {
            if (_byExtension.TryGetContentType(subpath, out contentType!))
            {
                return true;
            }

            contentType = "text/plain; charset=utf-8";
            return !Path.HasExtension(subpath);
        }
    }
}
