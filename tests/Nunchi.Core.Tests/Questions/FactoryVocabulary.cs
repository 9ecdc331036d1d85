using Nunchi.Core.Questions;
using Nunchi.Core.Scenarios;

namespace Nunchi.Core.Tests.Questions;

/// <summary>The factory scenario's series with the aliases its aliases file gives them, and the moment the examples are asked.</summary>
internal static class FactoryVocabulary
{
    /// <summary>2026-11-20T12:00:00+09:00, a Friday.</summary>
    public static readonly long NowMs = DateTimeOffset.Parse("2026-11-20T12:00:00+09:00", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    public static readonly TimeZoneInfo Seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    public static QuestionCatalog Catalog { get; } = Build();

    public static QuestionInterpretation Parse(string question) => QuestionParser.Parse(question, Catalog, NowMs, Seoul);

    /// <summary>A local time in Seoul, for readable expectations: "11-19 15:00" → that instant in 2026.</summary>
    public static long Local(string monthDayTime) =>
        DateTimeOffset.Parse($"2026-{monthDayTime.Replace(' ', 'T')}:00+09:00", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    /// <summary>An instant as a local time in Seoul: "11-19 15:00".</summary>
    public static string Local(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToOffset(TimeSpan.FromHours(9)).ToString("MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The period as "from..to" in Seoul local time, or null.</summary>
    public static string? Range(QuestionInterpretation interpretation) =>
        interpretation.Period is { } p ? $"{Local(p.FromMs)}..{Local(p.ToMs)}" : null;

    /// <summary>The selected series as machine.field, sorted.</summary>
    public static string[] Pairs(QuestionInterpretation interpretation) =>
        [.. interpretation.Series.Select(s => s.Key.Tag("machine") + "." + s.Key.Field).Order(StringComparer.Ordinal)];

    private static QuestionCatalog Build()
    {
        ScenarioRegistry.TryCreate("factory", new ScenarioOptions { FromMs = NowMs - (15 * 86_400_000L), ToMs = NowMs, StepMs = 3_600_000 }, out var scenario, out _)
            .ShouldBeTrue();

        // The aliases file exactly as `nunchi gen` writes it, read back as `nunchi import` reads it.
        using var json = new MemoryStream();
        ScenarioCatalogJson.Write(json, scenario!);
        json.Position = 0;
        AliasBookJson.TryRead(json, "factory.aliases.json", out var book, out string? error).ShouldBeTrue(error);
        var series = scenario!.Series.Select((s, i) => new CatalogSeries(i + 1, s.Key, s.Unit, book!.For(s.Key))).ToList();
        return QuestionCatalog.Build(series);
    }
}
