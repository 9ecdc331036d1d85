using System.Diagnostics;
using System.Text.Json;
using Nunchi.Cli.Commands;
using Nunchi.Engine;
using Nunchi.Storage;

namespace Nunchi.Cli.Tests.Ask;

/// <summary>
/// The demo plant as the examples are asked against it, made through the real command line once for all ask tests:
/// <c>nunchi gen --scenario factory --from 2026-10-01T00:00:00+09:00 --to 2026-11-20T12:00:00+09:00</c>, then
/// <c>nunchi import</c> of the generated file (which applies the aliases file written beside it).
/// </summary>
public sealed class FactoryStore : IDisposable
{
    public const string Now = "2026-11-20T12:00:00+09:00";
    public const string Zone = "Asia/Seoul";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("nunchi-ask-");

    public FactoryStore()
    {
        var started = Stopwatch.GetTimestamp();
        string data = Path.Combine(_root.FullName, "factory.lp");
        var gen = CliInvocation.Run(GenCommand.Create(), "--scenario", "factory", "--from", "2026-10-01T00:00:00+09:00", "--to", Now, "--out", data);
        gen.Exit.ShouldBe(0, gen.Error);
        GenerateSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        started = Stopwatch.GetTimestamp();
        var import = CliInvocation.Run(ImportCommand.Create(), data, "--data", DataDirectory);
        import.Exit.ShouldBe(0, import.Error);
        ImportSummary = import.Output;
        ImportSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        // 360 MB of line protocol is not needed once it is in the store.
        File.Delete(data);
    }

    public string DataDirectory => Path.Combine(_root.FullName, "data");

    /// <summary>What `nunchi import` printed.</summary>
    public string ImportSummary { get; }

    public double GenerateSeconds { get; }

    public double ImportSeconds { get; }

    /// <summary>`nunchi ask QUESTION --data … --now … --tz Asia/Seoul [extra]`.</summary>
    public (int Exit, string Output, string Error) Ask(string question, params string[] extra) =>
        CliInvocation.Run(AskCommand.Create(), [question, "--data", DataDirectory, "--now", Now, "--tz", Zone, .. extra]);

    /// <summary>The answer as JSON (`--json`).</summary>
    public JsonElement AskJson(string question)
    {
        var (exit, output, error) = Ask(question, "--json");
        exit.ShouldBe(0, error);
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }

    /// <summary>Opens the store itself, to check answers against what it holds.</summary>
    public Task<EmbeddedEngine> OpenAsync() => EmbeddedEngine.OpenAsync(new StoreOptions { DataDirectory = DataDirectory });

    public void Dispose() => _root.Delete(recursive: true);
}
