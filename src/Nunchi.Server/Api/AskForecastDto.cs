namespace Nunchi.Server.Api;

/// <summary>One step of a forecast.</summary>
/// <param name="SeriesId">The series.</param>
/// <param name="Time">When.</param>
/// <param name="Expected">Expected value.</param>
/// <param name="Lower">Lower edge of the prediction interval.</param>
/// <param name="Upper">Upper edge of the prediction interval.</param>
internal sealed record AskForecastDto(int SeriesId, DateTimeOffset Time, double Expected, double Lower, double Upper);
