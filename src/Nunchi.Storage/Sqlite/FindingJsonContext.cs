using System.Text.Json.Serialization;
using Nunchi.Core.Findings;

namespace Nunchi.Storage.Sqlite;

/// <summary>The JSON form of a finding snapshot as stored in <c>findings.snapshot</c>.</summary>
/// <remarks>
/// Enums are written by name, so that reordering an enum never changes what a stored finding says. Doubles are
/// written in their shortest round-trip form (the bits come back exactly); NaN and infinities, which
/// JSON numbers cannot hold, are written as the strings <c>"NaN"</c>, <c>"Infinity"</c> and <c>"-Infinity"</c>.
/// </remarks>
[JsonSourceGenerationOptions(
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(Finding))]
internal sealed partial class FindingJsonContext : JsonSerializerContext;
