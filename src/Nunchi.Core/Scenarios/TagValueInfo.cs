namespace Nunchi.Core.Scenarios;

/// <summary>One tag value of a scenario (a machine, a line, a site, a host) and the words that name it.</summary>
/// <param name="Tag">The tag key, e.g. <c>machine</c>.</param>
/// <param name="Value">The tag value, e.g. <c>press-1</c>.</param>
/// <param name="Names">Its English and Korean names and aliases.</param>
public sealed record TagValueInfo(string Tag, string Value, AliasSet Names);
