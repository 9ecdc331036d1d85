using Nunchi.Core.Findings;

namespace Nunchi.Storage.Tests.Sqlite;

/// <summary>Findings to store, with every field set to something recognisable.</summary>
internal static class SampleFindings
{
    public static Finding Spike(long id, long startMs, double severity = 0.9, FindingKind kind = FindingKind.Spike, bool isOpen = false) => new()
    {
        Id = id,
        Kind = kind,
        StartMs = startMs,
        EndMs = startMs + 30_000,
        PeakMs = startMs + 10_000,
        Severity = severity,
        Expected = 20.5,
        Lower = 19.25,
        Upper = 21.75,
        Actual = 27.125,
        IsOpen = isOpen,
        Facts = new FindingFacts
        {
            Detector = "residual",
            Direction = Direction.Up,
            Deviation = 6.625,
            DeviationSigma = 5.3,
            Evidence = 7.1,
            Points = 4,
            SeasonalPeriodMs = 86_400_000,
        },
    };

    /// <summary>A finding whose every number is drawn from random bits (subnormals, huge, negative zero, NaN, infinities).</summary>
    public static Finding Random(int seed)
    {
        var random = new System.Random(seed);
        double AnyDouble() => random.Next(4) switch
        {
            0 => BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue)),
            1 => random.NextDouble(),
            2 => random.Next(6) switch { 0 => double.NaN, 1 => double.PositiveInfinity, 2 => double.NegativeInfinity, 3 => -0.0, 4 => double.Epsilon, _ => double.MaxValue },
            _ => (random.NextDouble() - 0.5) * 1e6,
        };
        double? MaybeDouble() => random.Next(2) == 0 ? null : AnyDouble();
        long? MaybeLong() => random.Next(2) == 0 ? null : random.NextInt64(long.MinValue, long.MaxValue);
        var kinds = Enum.GetValues<FindingKind>();
        var directions = Enum.GetValues<Direction>();
        var start = random.NextInt64(-1L << 50, 1L << 50);
        return new Finding
        {
            Id = random.NextInt64(1, long.MaxValue),
            Kind = kinds[random.Next(kinds.Length)],
            StartMs = start,
            EndMs = start + random.Next(),
            PeakMs = start + random.Next(),
            Severity = AnyDouble(),
            Expected = AnyDouble(),
            Lower = AnyDouble(),
            Upper = AnyDouble(),
            Actual = AnyDouble(),
            IsOpen = random.Next(2) == 0,
            Facts = new FindingFacts
            {
                Detector = random.Next(2) == 0 ? "seasonal" : "gap \"quoted\" 계절 \u0001",
                Direction = directions[random.Next(directions.Length)],
                Deviation = AnyDouble(),
                DeviationSigma = AnyDouble(),
                Evidence = AnyDouble(),
                Points = random.NextInt64(),
                ShiftSize = MaybeDouble(),
                VarianceRatio = MaybeDouble(),
                SlopePerHour = MaybeDouble(),
                StuckValue = MaybeDouble(),
                CadenceMs = MaybeLong(),
                SeasonalPeriodMs = MaybeLong(),
                NormalAtPhaseMs = MaybeLong(),
                BecameNormal = random.Next(2) == 0,
                ReturnedToKnownRegime = random.Next(2) == 0,
                DampedByFeedback = random.Next(2) == 0,
            },
        };
    }
}
