using System.Globalization;
using Nunchi.Cli.Commands;
using Nunchi.Core.Scenarios;

namespace Nunchi.Cli.Gen;

/// <summary>A validated `nunchi gen` invocation: what to generate and where to write it.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Options">Range, cadence (null: the scenario's default) and seed.</param>
/// <param name="Format">Data format.</param>
/// <param name="OutPath">Data file, or null for standard output.</param>
/// <param name="LabelsPath">Labels file, or null for none.</param>
/// <param name="AliasesPath">Aliases file, or null for none.</param>
internal sealed record GenRequest(
    string Scenario,
    ScenarioOptions Options,
    GenFormat Format,
    string? OutPath,
    string? LabelsPath,
    string? AliasesPath)
{
    public const double DefaultDays = 35;

    /// <summary>The default start, 2026-10-01 00:00 in Seoul.</summary>
    public static readonly DateTimeOffset DefaultFrom = new(2026, 10, 1, 0, 0, 0, TimeSpan.FromHours(9));

    /// <summary>Validates the typed options.</summary>
    /// <exception cref="CliException">An option is missing or malformed (exit code 2), with a one-line reason.</exception>
    public static GenRequest Parse(GenArguments arguments, IReadOnlyList<string> unmatchedTokens)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(unmatchedTokens);
        if (unmatchedTokens.Count > 0)
        {
            throw Usage($"unknown argument '{unmatchedTokens[0]}' (see 'nunchi gen --help')");
        }

        var names = string.Join(", ", ScenarioRegistry.Names);
        if (string.IsNullOrWhiteSpace(arguments.Scenario))
        {
            throw Usage($"--scenario is required ({names})");
        }

        if (ScenarioRegistry.DefaultStepMs(arguments.Scenario) is null)
        {
            throw Usage($"unknown scenario '{arguments.Scenario}' (known: {names})");
        }

        var seed = 1L;
        if (arguments.Seed is not null && !long.TryParse(arguments.Seed, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))
        {
            throw Usage($"--seed must be an integer, got '{arguments.Seed}'");
        }

        var (fromMs, toMs) = ParseRange(arguments);
        long? stepMs = arguments.Step is null ? null : ParseStep(arguments.Step);
        var format = arguments.Format switch
        {
            null or "lp" => GenFormat.LineProtocol,
            "csv" => GenFormat.Csv,
            _ => throw Usage($"--format must be lp or csv, got '{arguments.Format}'"),
        };
        var outPath = arguments.Out is null or "-" ? null : arguments.Out;
        var options = new ScenarioOptions { FromMs = fromMs, ToMs = toMs, StepMs = stepMs, Seed = seed };
        if (!ScenarioRegistry.TryCreate(arguments.Scenario, options, out _, out var error))
        {
            throw Usage(error);
        }

        return new GenRequest(
            arguments.Scenario,
            options,
            format,
            outPath,
            arguments.Labels ?? Beside(outPath, ".labels.csv"),
            arguments.Aliases ?? Beside(outPath, ".aliases.json"));
    }

    /// <summary>Formats a cadence the way --step takes it: <c>10s</c>, <c>1m</c>, <c>1h</c>, <c>1d</c>, <c>1500ms</c>.</summary>
    public static string FormatStep(long stepMs)
    {
        (long Ms, string Unit)[] units = [(86_400_000, "d"), (3_600_000, "h"), (60_000, "m"), (1_000, "s")];
        foreach (var (ms, unit) in units)
        {
            if (stepMs % ms == 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{stepMs / ms}{unit}");
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{stepMs}ms");
    }

    private static (long FromMs, long ToMs) ParseRange(GenArguments arguments)
    {
        long? from = arguments.From is null ? null : ParseInstant("--from", arguments.From);
        long? to = arguments.To is null ? null : ParseInstant("--to", arguments.To);
        if (from is not null && to is not null && arguments.Days is not null)
        {
            throw Usage("give --days with at most one of --from and --to");
        }

        var lengthMs = 0L;
        if (from is null || to is null)
        {
            var days = DefaultDays;
            if (arguments.Days is not null
                && (!double.TryParse(arguments.Days, NumberStyles.Float, CultureInfo.InvariantCulture, out days) || !double.IsFinite(days) || days <= 0 || days > 36_500))
            {
                throw Usage($"--days must be a positive number of days, got '{arguments.Days}'");
            }

            lengthMs = (long)Math.Round(days * 86_400_000, MidpointRounding.AwayFromZero);
        }

        var fromMs = from ?? (to is { } end ? end - lengthMs : DefaultFrom.ToUnixTimeMilliseconds());
        var toMs = to ?? (fromMs + lengthMs);
        if (toMs <= fromMs)
        {
            throw Usage("--to must be after --from");
        }

        return (fromMs, toMs);
    }

    private static long ParseInstant(string option, string text)
    {
        if (DateTimeOffset.TryParse(
                text,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var instant))
        {
            return instant.ToUnixTimeMilliseconds();
        }

        throw Usage($"{option} must be an ISO 8601 time such as 2026-10-01T00:00:00+09:00, got '{text}'");
    }

    private static long ParseStep(string text)
    {
        var trimmed = text.Trim();
        var digits = 0;
        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
        {
            digits++;
        }

        long unitMs = trimmed[digits..] switch
        {
            "ms" => 1,
            "s" => 1_000,
            "m" => 60_000,
            "h" => 3_600_000,
            "d" => 86_400_000,
            _ => 0,
        };
        if (digits == 0 || unitMs == 0 || !long.TryParse(trimmed.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count > long.MaxValue / unitMs)
        {
            throw Usage($"--step must be a number and a unit (ms, s, m, h, d) such as 10s or 1h, got '{text}'");
        }

        var stepMs = count * unitMs;
        if (stepMs < 1_000)
        {
            throw Usage($"--step must be at least 1s, got '{text}'");
        }

        return stepMs;
    }

    // NAME.labels.csv and NAME.aliases.json go in the data file's folder, NAME being its name without extension.
    private static string? Beside(string? outPath, string suffix) =>
        outPath is null
            ? null
            : Path.Combine(Path.GetDirectoryName(outPath) ?? string.Empty, Path.GetFileNameWithoutExtension(outPath) + suffix);

    private static CliException Usage(string message) => new(message, 2);
}
