using System.Text;
using Nunchi.Core.Analysis;
using Nunchi.Core.Findings;

namespace Nunchi.Server.Api;

/// <summary>The snake_case names the API uses for enums, both ways.</summary>
internal static class ApiNames
{
    public static string Of(FindingKind kind) => Snake(kind.ToString());

    public static string Of(FeedbackVerdict verdict) => Snake(verdict.ToString());

    public static string Of(SeriesMode mode) => Snake(mode.ToString());

    public static bool TryParseKind(string? text, out FindingKind kind) => TryParse(text, out kind);

    public static bool TryParseVerdict(string? text, out FeedbackVerdict verdict) => TryParse(text, out verdict);

    /// <summary>Every finding kind's API name, for error messages.</summary>
    public static string Kinds() => string.Join(", ", Enum.GetValues<FindingKind>().Select(Of));

    private static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Snake(candidate.ToString()), text?.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string Snake(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(pascal[i]));
        }

        return text.ToString();
    }
}
