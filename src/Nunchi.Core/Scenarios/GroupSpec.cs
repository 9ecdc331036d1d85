namespace Nunchi.Core.Scenarios;

/// <summary>A group as a scenario defines it: its tags and the fields it reports.</summary>
/// <param name="Name">The value of the scenario's group tag.</param>
/// <param name="Tags">Every tag of the group, including the group tag.</param>
/// <param name="Fields">Field keys in row order.</param>
internal sealed record GroupSpec(string Name, IReadOnlyList<KeyValuePair<string, string>> Tags, IReadOnlyList<string> Fields);
