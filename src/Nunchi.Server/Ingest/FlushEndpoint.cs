using Microsoft.Extensions.Options;
using Nunchi.Server.Hosting;
using Nunchi.Server.Security;

namespace Nunchi.Server.Ingest;

/// <summary>
/// <c>POST /internal/flush</c>: completes once every acknowledged point is analysed, its findings stored, and the
/// in-memory points sealed into compressed blocks. For load tools and tests that must measure a settled store.
/// </summary>
internal static class FlushEndpoint
{
    public static void MapFlush(this IEndpointRouteBuilder app, IOptions<NunchiServerOptions> options)
    {
        app.MapPost("/internal/flush", async (EngineHost host, CancellationToken cancellationToken) =>
        {
            var engine = host.Engine;
            await engine.WhenAnalysedAsync().ConfigureAwait(false);

            // Checkpoints first: then the store may drop the whole log once every point is in a block.
            await engine.CheckpointAsync().ConfigureAwait(false);
            await engine.Points.FlushAsync(cancellationToken).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).AddEndpointFilter(new TokenFilter(Access.Write, options)).WithTags("Operations")
            .WithSummary("Wait until everything acknowledged is analysed and sealed into blocks");
    }
}
