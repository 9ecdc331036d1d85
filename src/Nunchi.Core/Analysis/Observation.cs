using Nunchi.Core.Findings;

namespace Nunchi.Core.Analysis;

/// <summary>What the analyzer concluded about one point, as the finding tracker needs it.</summary>
internal readonly record struct Observation(
    long TimestampMs,
    double Severity,
    double Surprise,
    double Expected,
    double Lower,
    double Upper,
    double Actual,
    double Z,
    Direction Direction);
