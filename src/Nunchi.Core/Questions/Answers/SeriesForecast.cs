using Nunchi.Core.Analysis;

namespace Nunchi.Core.Questions.Answers;

/// <summary>The analyzer's expected values and intervals for one series over a question's period.</summary>
/// <param name="Series">The series.</param>
/// <param name="Points">Expected value and interval at regular steps; empty when the series has no learned model.</param>
/// <param name="Decimals">Decimals to show values with.</param>
public sealed record SeriesForecast(CatalogSeries Series, IReadOnlyList<ForecastPoint> Points, int Decimals)
{
    /// <summary>True when the analyzer had learned enough to expect anything.</summary>
    public bool IsKnown => Points.Count > 0 && Points.All(p => p.IsKnown);
}
