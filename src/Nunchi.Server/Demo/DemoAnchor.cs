using System.Globalization;

namespace Nunchi.Server.Demo;

/// <summary>Where the demo's timeline starts and how far it has been stored, kept in <c>demo.anchor</c> in the data directory.</summary>
internal sealed class DemoAnchor
{
    private const string FileName = "demo.anchor";
    private const long StepMs = 10_000;

    private DemoAnchor(long fromMs, long seed, long fedUntilMs)
    {
        FromMs = fromMs;
        Seed = seed;
        FedUntilMs = fedUntilMs;
    }

    /// <summary>The first timestamp of the scenario.</summary>
    public long FromMs { get; }

    /// <summary>The scenario's seed.</summary>
    public long Seed { get; }

    /// <summary>Every row before this time is stored.</summary>
    public long FedUntilMs { get; private set; }

    /// <summary>Reads the anchor, or starts a timeline whose past of <paramref name="historyDays"/> ends now.</summary>
    public static DemoAnchor LoadOrCreate(string dataDirectory, long nowMs, double historyDays)
    {
        string path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path))
        {
            var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 3
                && long.TryParse(parts[0], CultureInfo.InvariantCulture, out long from)
                && long.TryParse(parts[1], CultureInfo.InvariantCulture, out long seed)
                && long.TryParse(parts[2], CultureInfo.InvariantCulture, out long fed))
            {
                return new DemoAnchor(from, seed, fed);
            }
        }

        long start = nowMs - (long)(historyDays * 86_400_000);
        start -= start % StepMs;
        return new DemoAnchor(start, 1, start);
    }

    /// <summary>Records that every row before <paramref name="fedUntilMs"/> is stored (atomically: write, then rename).</summary>
    public void Save(string dataDirectory, long fedUntilMs)
    {
        FedUntilMs = fedUntilMs;
        string path = Path.Combine(dataDirectory, FileName);
        string temporary = path + ".tmp";
        File.WriteAllText(temporary, string.Create(CultureInfo.InvariantCulture, $"{FromMs} {Seed} {FedUntilMs}"));
        File.Move(temporary, path, overwrite: true);
    }
}
