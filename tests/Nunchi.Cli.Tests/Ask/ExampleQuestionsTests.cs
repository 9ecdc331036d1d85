using System.Globalization;
using System.Text.Json;

namespace Nunchi.Cli.Tests.Ask;

/// <summary>
/// Every worked example of <c>../shared/nlq/examples.jsonl</c>, asked through `nunchi ask --json` against the factory
/// store: intent, series (as machine and field, in any order), from, to, aggregation, limit and language must match.
/// </summary>
[Collection(FactoryStoreGroup.Name)]
public sealed class ExampleQuestionsTests(FactoryStore store)
{
    private const string ExamplesFile = "nlq/examples.jsonl";

    public static TheoryData<int, string> Examples()
    {
        string path = SharedFiles.Path(ExamplesFile);
        var data = new TheoryData<int, string>();
        if (!File.Exists(path))
        {
            // Reported by the test itself, with the path, rather than as a discovery error.
            data.Add(0, "");
            return data;
        }

        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                data.Add(number, line);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Ask_Example_GetsItsInterpretation(int line, string example)
    {
        File.Exists(SharedFiles.Path(ExamplesFile)).ShouldBeTrue($"the examples file {SharedFiles.Path(ExamplesFile)} is missing: it is part of ../shared beside the repository");
        using var expected = JsonDocument.Parse(example);
        var want = expected.RootElement;
        string question = want.GetProperty("q").GetString()!;
        string where = $"examples.jsonl:{line}: {question}";

        var got = store.AskJson(question);

        got.GetProperty("intent").GetString().ShouldBe(want.GetProperty("intent").GetString(), where);
        got.GetProperty("language").GetString().ShouldBe(want.GetProperty("lang").GetString(), where);
        Pairs(got.GetProperty("series"), s => $"{s.GetProperty("tags").GetProperty("machine").GetString()}.{s.GetProperty("field").GetString()}")
            .ShouldBe(Pairs(want.GetProperty("series"), p => $"{p[0].GetString()}.{p[1].GetString()}"), where);
        foreach (string end in (string[])["from", "to"])
        {
            if (want.TryGetProperty(end, out var instant))
            {
                Instant(got.GetProperty(end)).ShouldBe(Instant(instant), $"{where}: {end}");
            }
        }

        Text(got.GetProperty("aggregation")).ShouldBe(Text(want.GetProperty("aggregation")), where);
        Text(got.GetProperty("limit")).ShouldBe(Text(want.GetProperty("limit")), where);
        got.GetProperty("answer").GetProperty("text").GetString().ShouldNotBeNullOrWhiteSpace(where);
    }

    private static string[] Pairs(JsonElement array, Func<JsonElement, string> pair) =>
        [.. array.EnumerateArray().Select(pair).Order(StringComparer.Ordinal)];

    private static DateTimeOffset Instant(JsonElement value) =>
        DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture);

    private static string? Text(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.ToString();
}
