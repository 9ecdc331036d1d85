namespace Nunchi.Core.Scenarios;

/// <summary>One field (quantity) of a scenario: unit, resolution and the words that name it.</summary>
/// <param name="Field">The field key, e.g. <c>temperature</c>.</param>
/// <param name="Unit">Unit symbol, e.g. <c>°C</c>, <c>mm/s</c>, <c>parts/min</c>.</param>
/// <param name="Decimals">Resolution in decimal places: values are rounded to <c>10^-Decimals</c>.</param>
/// <param name="IsInteger">True for integer fields (written with the line protocol <c>i</c> suffix).</param>
/// <param name="Names">Its English and Korean names and aliases.</param>
public sealed record FieldInfo(string Field, string Unit, int Decimals, bool IsInteger, AliasSet Names);
