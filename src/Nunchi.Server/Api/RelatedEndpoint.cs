using Nunchi.Server.Hosting;
using Nunchi.Storage;

namespace Nunchi.Server.Api;

/// <summary><c>GET /api/v1/findings/{id}/related</c>: what else to look at beside a finding.</summary>
internal static class RelatedEndpoint
{
    /// <summary>How far before the start and after the end another finding still counts as at the same time.</summary>
    private const long MarginMs = 15 * 60_000;

    private const int MaxFindings = 50;

    public const string Summary =
        "Beside a finding: the other series of the same source (same measurement and tags, e.g. the same machine) and the "
        + "findings of other series that overlap it (15 minutes either side), those of the same source first, then by severity";

    public static IResult Get(long id, HttpRequest request, EngineHost host)
    {
        var context = ApiContext.From(request, out string? error);
        if (context is null)
        {
            return ApiProblems.BadRequest(error!);
        }

        var engine = host.Engine;
        var stored = engine.Findings.ById(id);
        if (stored is null)
        {
            return ApiProblems.NotFound($"there is no finding {id}");
        }

        var origin = engine.Catalog.ById(stored.SeriesId);
        var sameSource = new List<SeriesDto>();
        var sourceIds = new HashSet<int>();
        foreach (var series in engine.Catalog.All())
        {
            if (origin is not null && series.Id != origin.Id && SameSource(series, origin))
            {
                sameSource.Add(ApiMapper.ToDto(series, engine.Points.Extent(series.Id)));
                sourceIds.Add(series.Id);
            }
        }

        var finding = stored.Finding;
        var overlapping = new List<StoredFinding>();
        foreach (var other in engine.Findings.Query(new FindingQuery(finding.StartMs - MarginMs, finding.EndMs + MarginMs + 1, Limit: 10_000)))
        {
            if (other.SeriesId != stored.SeriesId)
            {
                overlapping.Add(other);
            }
        }

        overlapping.Sort((a, b) =>
        {
            int bySource = sourceIds.Contains(b.SeriesId).CompareTo(sourceIds.Contains(a.SeriesId));
            return bySource != 0 ? bySource : b.Finding.Severity.CompareTo(a.Finding.Severity);
        });
        var findings = new List<FindingDto>();
        foreach (var other in overlapping.Take(MaxFindings))
        {
            findings.Add(ApiMapper.ToDto(other, engine, context));
        }

        return TypedResults.Ok(new RelatedDto(id, sameSource, findings));
    }

    private static bool SameSource(SeriesEntry a, SeriesEntry b)
    {
        if (a.Key.Measurement != b.Key.Measurement || a.Key.Tags.Count != b.Key.Tags.Count)
        {
            return false;
        }

        for (int i = 0; i < a.Key.Tags.Count; i++)
        {
            if (a.Key.Tags[i].Key != b.Key.Tags[i].Key || a.Key.Tags[i].Value != b.Key.Tags[i].Value)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The answer.</summary>
    /// <param name="FindingId">The finding asked about.</param>
    /// <param name="SameSource">The other series of its source.</param>
    /// <param name="Overlapping">Findings of other series at about the same time.</param>
    private sealed record RelatedDto(long FindingId, List<SeriesDto> SameSource, List<FindingDto> Overlapping);
}
