using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Nunchi.Core.Questions;
using Nunchi.Core.Scenarios;
using Nunchi.Engine;
using Nunchi.Engine.Ingest;
using Nunchi.Engine.Questions;
using Nunchi.Storage;

namespace Nunchi.Bench;

/// <summary>
/// Time to answer a question once the data is loaded: the factory scenario of the NLQ examples (2026-10-01 to
/// 2026-11-20 12:00 Seoul, 27 series at 10 s, 11.8 million points) fed through the engine into an embedded store, then
/// questions of every intent asked at 2026-11-20T12:00+09:00. <c>Parse</c> is question understanding alone.
/// </summary>
/// <remarks>
/// Run: <c>dotnet run -c Release --project bench/Nunchi.Bench -- --filter '*AskBenchmarks*'</c>. The first case makes the
/// store (about half a minute) under <see cref="Directory"/> and keeps it for the others.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class AskBenchmarks
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-20T12:00:00+09:00", CultureInfo.InvariantCulture);
    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    private EmbeddedEngine _embedded = null!;
    private QuestionAnswerer _answerer = null!;
    private AskOptions _options = null!;

    /// <summary>Where the store is kept between cases and runs; delete it to make it again.</summary>
    public static string Directory => Path.Combine("/var/tmp", "nunchi-bench-ask-factory");

    /// <summary>One question per intent from the examples, plus the heaviest reads: a month of one series, a month of all 27.</summary>
    [Params(
        "3호기 온도 보여줘",
        "Were there any anomalies on line 2 last week?",
        "어젯밤 3호기 진동이 왜 튀었어?",
        "컴프레서 전력 내일 예측해줘",
        "지난달 3호기 최고 온도는 얼마였어?",
        "1라인과 2라인 전력 비교해줘",
        "이번 달 이상이 가장 많았던 기계 3개",
        "Which machine had the highest temperature this week?",
        "오늘 점심 뭐 먹지?",
        "이번 달 데이터 보여줘")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        // Every case runs in its own process: the store is made once and kept, so later cases only open it.
        bool made = File.Exists(Path.Combine(Directory, "complete"));
        if (!made && System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }

        _embedded = EmbeddedEngine.OpenAsync(new StoreOptions { DataDirectory = Directory, Fsync = false }).GetAwaiter().GetResult();
        if (!made)
        {
            Feed(_embedded.Engine);
            File.WriteAllText(Path.Combine(Directory, "complete"), "");
        }

        _answerer = new QuestionAnswerer(_embedded.Engine);
        _options = new AskOptions(Now.ToUnixTimeMilliseconds(), Seoul);
        Console.WriteLine(_answerer.Ask(Question, _options).Answer.Text);
    }

    [GlobalCleanup]
    public void Cleanup() => _embedded.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public AskResult Ask() => _answerer.Ask(Question, _options);

    private static void Feed(NunchiEngine engine)
    {
        var options = new ScenarioOptions
        {
            FromMs = DateTimeOffset.Parse("2026-10-01T00:00:00+09:00", CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(),
            ToMs = Now.ToUnixTimeMilliseconds(),
        };
        ScenarioRegistry.TryCreate("factory", options, out var scenario, out _);
        new ScenarioFeeder(engine, scenario!).FeedUntilAsync(long.MaxValue, CancellationToken.None).GetAwaiter().GetResult();
        engine.WhenAnalysedAsync().GetAwaiter().GetResult();
        engine.CheckpointAsync().GetAwaiter().GetResult();
    }

    [Benchmark]
    public QuestionInterpretation Parse() => QuestionParser.Parse(Question, _answerer.Catalog(), _options.NowMs, Seoul);
}
