namespace Nunchi.Server.Api;

/// <summary>The expected band over one bucket of a chart; times are Unix milliseconds.</summary>
/// <param name="T">Start of the bucket (inclusive), as in <c>/points</c>.</param>
/// <param name="End">End of the bucket (exclusive).</param>
/// <param name="Count">Points with an expectation in the bucket.</param>
/// <param name="Expected">Mean expected value.</param>
/// <param name="Lower">Lowest lower edge of the normal band.</param>
/// <param name="Upper">Highest upper edge of the normal band.</param>
internal sealed record BandBucketDto(long T, long End, int Count, double Expected, double Lower, double Upper);
