namespace Nunchi.Core.Scenarios;

/// <summary>
/// The series sampled together as one row: one measurement and tag set with one value per field
/// (one machine, one host), e.g. one line of line protocol.
/// </summary>
/// <param name="Index">Position in <see cref="IScenario.Groups"/>.</param>
/// <param name="Name">The group's name: the value of the scenario's group tag (e.g. <c>press-1</c>).</param>
/// <param name="Tags">The tags, sorted by key.</param>
/// <param name="Series">The group's series in field order; a row's values come in this order.</param>
public sealed record SeriesGroup(
    int Index,
    string Name,
    IReadOnlyList<KeyValuePair<string, string>> Tags,
    IReadOnlyList<SeriesInfo> Series)
{
    /// <summary>Index of the group's first series in <see cref="IScenario.Series"/>.</summary>
    public int FirstSeries => Series[0].Index;
}
