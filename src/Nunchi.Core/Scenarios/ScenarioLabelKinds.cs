using System.Diagnostics.CodeAnalysis;
using Nunchi.Core.Findings;

namespace Nunchi.Core.Scenarios;

/// <summary>The text form of <see cref="ScenarioLabelKind"/> used in labels files, and the finding each kind should raise.</summary>
public static class ScenarioLabelKinds
{
    private static readonly string[] Texts =
        ["spike", "dip", "level_shift", "variance", "stuck", "gap", "seasonality_break", "drift", "product_change"];

    /// <summary>The labels-file word for a kind, e.g. <c>level_shift</c>.</summary>
    public static string ToText(ScenarioLabelKind kind) => Texts[(int)kind];

    /// <summary>Reads a labels-file word (case-sensitive, as written by <see cref="ToText"/>).</summary>
    public static bool TryParse(string text, out ScenarioLabelKind kind)
    {
        for (var i = 0; i < Texts.Length; i++)
        {
            if (string.Equals(Texts[i], text, StringComparison.Ordinal))
            {
                kind = (ScenarioLabelKind)i;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The finding kind a detector is expected to report for a labelled event of this kind.</summary>
    [SuppressMessage("Style", "IDE0072:Add missing cases", Justification = "Every enum member is listed; the default arm guards casts of undefined values.")]
    public static FindingKind ExpectedFinding(ScenarioLabelKind kind) => kind switch
    {
        ScenarioLabelKind.Spike => FindingKind.Spike,
        ScenarioLabelKind.Dip => FindingKind.Dip,
        ScenarioLabelKind.LevelShift => FindingKind.LevelShift,
        ScenarioLabelKind.Variance => FindingKind.VarianceChange,
        ScenarioLabelKind.Stuck => FindingKind.Stuck,
        ScenarioLabelKind.Gap => FindingKind.Missing,
        ScenarioLabelKind.SeasonalityBreak => FindingKind.SeasonalityBreak,
        ScenarioLabelKind.Drift => FindingKind.TrendChange,
        ScenarioLabelKind.ProductChange => FindingKind.LevelShift,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown label kind"),
    };
}
