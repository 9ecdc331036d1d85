using System.Diagnostics.CodeAnalysis;

namespace Nunchi.Core.Scenarios;

/// <summary>The available scenarios by name: <c>factory</c>, <c>server</c>, <c>business</c>.</summary>
public static class ScenarioRegistry
{
    // More timestamps than this is a typo (e.g. a 1 ms step over a year), not a data set anyone can use.
    private const long MaxTimestamps = 1_000_000_000;

    private static readonly ScenarioDefinition[] Definitions =
        [FactoryDefinition.Instance, ServerDefinition.Instance, BusinessDefinition.Instance];

    /// <summary>The names <see cref="Create"/> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Definitions.Select(d => d.Name)];

    /// <summary>The default cadence of a scenario in milliseconds, or null for an unknown name.</summary>
    public static long? DefaultStepMs(string name) => Find(name)?.DefaultStepMs;

    /// <summary>Creates a scenario, or says why the name or options are not usable.</summary>
    public static bool TryCreate(
        string name,
        ScenarioOptions options,
        [NotNullWhen(true)] out IScenario? scenario,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        scenario = null;
        var definition = Find(name);
        if (definition is null)
        {
            error = $"unknown scenario '{name}' (known: {string.Join(", ", Names)})";
            return false;
        }

        var step = options.StepMs ?? definition.DefaultStepMs;
        if (step <= 0)
        {
            error = "the step must be positive";
            return false;
        }

        if (options.ToMs <= options.FromMs)
        {
            error = "the range is empty: its end must be after its start";
            return false;
        }

        if ((options.ToMs - options.FromMs) / step > MaxTimestamps)
        {
            error = $"the range holds more than {MaxTimestamps:N0} timestamps at this step";
            return false;
        }

        scenario = new Scenario(definition, options);
        error = null;
        return true;
    }

    /// <summary>Creates a scenario.</summary>
    /// <exception cref="ArgumentException">Unknown name or unusable options.</exception>
    public static IScenario Create(string name, ScenarioOptions options) =>
        TryCreate(name, options, out var scenario, out var error) ? scenario : throw new ArgumentException(error);

    private static ScenarioDefinition? Find(string name)
    {
        foreach (var definition in Definitions)
        {
            if (string.Equals(definition.Name, name, StringComparison.Ordinal))
            {
                return definition;
            }
        }

        return null;
    }
}
