using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Nunchi.Core.Findings;
using Nunchi.Storage.Sqlite;

namespace Nunchi.Storage.Tests.Sqlite;

public sealed class FindingJsonTests
{
    [Fact]
    public void RoundTrip_AnyFinding_GivesAnEqualRecordWithTheSameBits()
    {
        Prop.ForAll(Gen.Choose(0, int.MaxValue - 1).ToArbitrary(), seed =>
        {
            var finding = SampleFindings.Random(seed);

            var json = JsonSerializer.Serialize(finding, FindingJsonContext.Default.Finding);
            var back = JsonSerializer.Deserialize(json, FindingJsonContext.Default.Finding)!;

            back.ShouldBe(finding, json);
            AssertSameBits(back.Severity, finding.Severity);
            AssertSameBits(back.Actual, finding.Actual);
            AssertSameBits(back.Facts.Evidence, finding.Facts.Evidence);
            AssertSameBits(back.Facts.ShiftSize ?? 0, finding.Facts.ShiftSize ?? 0);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Serialize_Enums_AreWrittenByName()
    {
        var json = JsonSerializer.Serialize(SampleFindings.Spike(1, 0, kind: FindingKind.SeasonalityBreak), FindingJsonContext.Default.Finding);

        json.ShouldContain("\"Kind\":\"SeasonalityBreak\"");
        json.ShouldContain("\"Direction\":\"Up\"");
    }

    [Fact]
    public void Commit_RandomFindings_ComeBackEqualFromTheDatabase()
    {
        using var temp = new TempDataDirectory();
        using var database = temp.Open();
        database.Catalog.GetOrAdd(new Core.Series.SeriesKey("m", "f"), out var series);
        var findings = Enumerable.Range(0, 200).Select(SampleFindings.Random).ToArray();

        var stored = database.Findings.Commit([.. findings.Select(f => new SeriesFinding(series, f))], []);

        stored.Count.ShouldBe(findings.Length);
        for (var i = 0; i < findings.Length; i++)
        {
            database.Findings.ById(stored[i].Id)!.Finding.ShouldBe(findings[i]);
        }

        database.Findings.Commit([.. findings.Select(f => new SeriesFinding(series, f))], []).ShouldBeEmpty();
    }

    // NaN payloads are not kept (JSON has one NaN); every other value must come back bit for bit, -0 included.
    private static void AssertSameBits(double actual, double expected)
    {
        if (!double.IsNaN(expected))
        {
            BitConverter.DoubleToInt64Bits(actual).ShouldBe(BitConverter.DoubleToInt64Bits(expected));
        }
    }
}
