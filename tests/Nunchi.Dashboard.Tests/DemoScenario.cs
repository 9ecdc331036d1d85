using System.Globalization;
using Nunchi.Core.Scenarios;

namespace Nunchi.Dashboard.Tests;

/// <summary>
/// The factory scenario exactly as the running demo generates it: the anchor (first timestamp and seed) it keeps in
/// its data directory, and the same 400-day range, so the labels say where the injected anomalies are.
/// </summary>
internal static class DemoScenario
{
    public static IScenario Load(string dataDirectory)
    {
        string[] parts = File.ReadAllText(Path.Combine(dataDirectory, "demo.anchor")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long from = long.Parse(parts[0], CultureInfo.InvariantCulture);
        long seed = long.Parse(parts[1], CultureInfo.InvariantCulture);
        return ScenarioRegistry.Create("factory", new ScenarioOptions { FromMs = from, ToMs = from + (400L * 86_400_000), Seed = seed });
    }
}
