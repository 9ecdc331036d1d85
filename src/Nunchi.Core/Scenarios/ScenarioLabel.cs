namespace Nunchi.Core.Scenarios;

/// <summary>One event a scenario injected (or a planned normal event), the ground truth detection is scored against.</summary>
/// <remarks>
/// <para>Labels file vocabulary (CSV <c>kind,machine,field,start,end</c>, see <see cref="ScenarioLabelCsv"/>):</para>
/// <list type="bullet">
/// <item><c>kind</c>: <c>spike</c>, <c>dip</c>, <c>level_shift</c>, <c>variance</c>, <c>stuck</c>, <c>gap</c>,
/// <c>seasonality_break</c>, <c>drift</c> are anomalies that should be flagged; <c>product_change</c> is a planned,
/// normal change where exactly one finding is expected inside its window (start to start + 1 hour) and the
/// detector must then adapt to the new level.</item>
/// <item><c>machine</c>: the group the event hits: a machine (factory), a host (server) or a sales channel (business),
/// i.e. the value of the scenario's <see cref="IScenario.GroupTag"/>.</item>
/// <item><c>field</c>: the field hit, or <c>*</c> for every field of the group (a gap: no rows at all; a press running
/// through the night; an outage or a campaign moving every KPI).</item>
/// <item><c>start</c>, <c>end</c>: ISO 8601 UTC; <c>start</c> is the first affected timestamp and <c>end</c> the last
/// one (inclusive). For <c>product_change</c>, <c>end</c> is <c>start</c> + 1 hour.</item>
/// </list>
/// </remarks>
/// <param name="Kind">What happened.</param>
/// <param name="Group">The group (machine, host, channel) it happened to.</param>
/// <param name="Field">The field, or <see cref="AllFields"/>.</param>
/// <param name="StartMs">First affected timestamp, Unix milliseconds UTC.</param>
/// <param name="EndMs">Last affected timestamp (inclusive), Unix milliseconds UTC.</param>
public sealed record ScenarioLabel(ScenarioLabelKind Kind, string Group, string Field, long StartMs, long EndMs)
{
    /// <summary>The field value meaning "every field of the group".</summary>
    public const string AllFields = "*";

    /// <summary>True for planned events that are part of normal operation (one finding expected, then none).</summary>
    public bool IsNormalEvent => Kind == ScenarioLabelKind.ProductChange;

    /// <summary>True when the label applies to <paramref name="series"/>.</summary>
    public bool Covers(SeriesInfo series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return string.Equals(series.Group, Group, StringComparison.Ordinal)
            && (string.Equals(Field, AllFields, StringComparison.Ordinal)
                || string.Equals(series.Field.Field, Field, StringComparison.Ordinal));
    }

    /// <summary>True when the label applies to <paramref name="series"/> at <paramref name="timestampMs"/>.</summary>
    public bool Covers(SeriesInfo series, long timestampMs) => timestampMs >= StartMs && timestampMs <= EndMs && Covers(series);
}
