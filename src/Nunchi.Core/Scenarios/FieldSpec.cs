namespace Nunchi.Core.Scenarios;

/// <summary>A field as a scenario defines it: the public description plus the physical bounds values are clamped to.</summary>
/// <param name="Info">Unit, resolution and names.</param>
/// <param name="Minimum">Smallest possible reading (e.g. 0 for power).</param>
/// <param name="Maximum">Largest possible reading (e.g. 100 for a percentage).</param>
internal sealed record FieldSpec(FieldInfo Info, double Minimum = 0, double Maximum = double.MaxValue);
