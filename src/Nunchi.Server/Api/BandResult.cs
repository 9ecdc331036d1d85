using Nunchi.Core.Analysis;

namespace Nunchi.Server.Api;

/// <summary>A reconstructed expected band (see <see cref="ExpectedBand"/>).</summary>
/// <param name="WarmupFromMs">Where the replay started, Unix milliseconds.</param>
/// <param name="WarmupPoints">Points replayed before the range.</param>
/// <param name="Mode">Gauge, or counter: then the band is of the rate per second, not of the stored values.</param>
/// <param name="Buckets">The band, bucketed like <c>/points</c>.</param>
internal sealed record BandResult(long WarmupFromMs, long WarmupPoints, SeriesMode Mode, List<BandBucketDto> Buckets);
