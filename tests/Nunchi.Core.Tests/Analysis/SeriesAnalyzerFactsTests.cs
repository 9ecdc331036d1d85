using Nunchi.Core.Analysis;
using Nunchi.Core.Findings;

namespace Nunchi.Core.Tests.Analysis;

public sealed class SeriesAnalyzerFactsTests
{
    [Theory]
    [InlineData(-6.0, Direction.Down)]
    [InlineData(6.0, Direction.Up)]
    public void Update_LevelShift_DirectionIsTheWayTheLevelMoved(double shift, Direction expected)
    {
        var analyzer = new SeriesAnalyzer();
        var random = new Random(3);
        var findings = new List<Finding>();
        for (int i = 0; i < 12_000; i++)
        {
            double value = Math.Round(50 + random.NextDouble() - 0.5 + (i >= 9_000 ? shift : 0), 2);
            analyzer.Update(1_763_600_000_000 + (i * 60_000L), value);
            while (analyzer.TryTakeEvent(out var finding))
            {
                findings.Add(finding);
            }
        }

        var shifts = findings.Where(f => f.Kind == FindingKind.LevelShift && !f.IsOpen).ToList();
        shifts.ShouldNotBeEmpty();
        shifts.ShouldAllBe(f => f.Facts.Direction == expected && Math.Sign(f.Facts.ShiftSize!.Value) == Math.Sign(shift));
    }
}
