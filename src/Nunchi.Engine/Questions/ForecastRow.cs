using Nunchi.Core.Analysis;

namespace Nunchi.Engine.Questions;

/// <summary>One step of a series' forecast: the expected value and interval at a time.</summary>
/// <param name="SeriesId">The series.</param>
/// <param name="Point">Time, expected value, lower and upper edge of the interval.</param>
/// <param name="Decimals">Decimals the series' values are written with.</param>
public sealed record ForecastRow(int SeriesId, ForecastPoint Point, int Decimals);
