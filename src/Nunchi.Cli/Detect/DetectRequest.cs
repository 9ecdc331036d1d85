using System.Globalization;
using Nunchi.Cli.Commands;
using Nunchi.Core.Language;

namespace Nunchi.Cli.Detect;

/// <summary>A validated `nunchi detect` invocation.</summary>
/// <param name="InputPath">The CSV file, or null for standard input.</param>
/// <param name="DisplayName">How the input is named in messages: the path as typed, or <c>stdin</c>.</param>
/// <param name="TimeColumn">The time column, or null to choose automatically.</param>
/// <param name="ValueColumns">The value columns, or empty to choose automatically.</param>
/// <param name="TimeZone">Zone of timestamps written without an offset, and of times shown.</param>
/// <param name="Language">Language of narratives and the findings table.</param>
/// <param name="Json">Print a JSON document instead of the table.</param>
/// <param name="ScoresPath">Where to write one score per row, or null.</param>
/// <param name="PlotPath">Where to write the SVG chart, or null.</param>
/// <param name="MinSeverity">Findings below this severity are left out.</param>
/// <param name="Quiet">Print no findings table.</param>
internal sealed record DetectRequest(
    string? InputPath,
    string DisplayName,
    string? TimeColumn,
    IReadOnlyList<string> ValueColumns,
    TimeZoneInfo TimeZone,
    NarrativeLanguage Language,
    bool Json,
    string? ScoresPath,
    string? PlotPath,
    double MinSeverity,
    bool Quiet)
{
    /// <summary>The default of --min-severity: the analyzer's own threshold for opening a finding.</summary>
    public const double DefaultMinSeverity = 0.5;

    /// <summary>The display name of standard input.</summary>
    public const string StandardInputName = "stdin";

    /// <summary>Validates the typed arguments.</summary>
    /// <exception cref="CliException">An argument is missing or malformed (exit code 2), with a one-line reason.</exception>
    public static DetectRequest Parse(DetectArguments arguments, IReadOnlyList<string> unmatchedTokens)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(unmatchedTokens);
        if (unmatchedTokens.Count > 0)
        {
            throw Usage($"unknown argument '{unmatchedTokens[0]}' (see 'nunchi detect --help')");
        }

        if (string.IsNullOrEmpty(arguments.File))
        {
            throw Usage("give the CSV file to analyse: nunchi detect FILE.csv (or - for standard input)");
        }

        var timeColumn = arguments.TimeColumn;
        if (timeColumn is not null && timeColumn.Trim().Length == 0)
        {
            throw Usage("--time-column needs a column name");
        }

        var valueColumns = arguments.ValueColumns ?? [];
        var language = arguments.Language?.ToUpperInvariant() switch
        {
            null or "EN" or "ENGLISH" => NarrativeLanguage.English,
            "KO" or "KOREAN" => NarrativeLanguage.Korean,
            _ => throw Usage($"--lang must be en or ko, got '{arguments.Language}'"),
        };

        var minSeverity = DefaultMinSeverity;
        if (arguments.MinSeverity is not null
            && (!double.TryParse(arguments.MinSeverity, NumberStyles.Float, CultureInfo.InvariantCulture, out minSeverity) || minSeverity is not (>= 0 and <= 1)))
        {
            throw Usage($"--min-severity must be a number from 0 to 1, got '{arguments.MinSeverity}'");
        }

        var isStandardInput = arguments.File == "-";
        if (!isStandardInput)
        {
            // Creating an output file truncates it: it must not be the file about to be read.
            foreach (var (option, path) in new[] { ("--scores", arguments.Scores), ("--plot", arguments.Plot) })
            {
                if (path is not null && SamePath(path, arguments.File))
                {
                    throw Usage($"{option} {path} would overwrite the input file");
                }
            }
        }

        return new DetectRequest(
            isStandardInput ? null : arguments.File,
            isStandardInput ? StandardInputName : arguments.File,
            timeColumn?.Trim(),
            valueColumns,
            FindTimeZone(arguments.TimeZone),
            language,
            arguments.Json,
            arguments.Scores,
            arguments.Plot,
            minSeverity,
            arguments.Quiet);
    }

    private static TimeZoneInfo FindTimeZone(string? name)
    {
        if (name is null || string.Equals(name, "UTC", StringComparison.OrdinalIgnoreCase))
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw Usage($"unknown time zone '{name}' (use an IANA name such as Asia/Seoul or Europe/Berlin)");
        }
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    private static CliException Usage(string message) => new(message, 2);
}
