using Nunchi.Core.Findings;

namespace Nunchi.Core.Analysis.State;

/// <summary>Writes and reads a whole <see cref="Finding"/> (the ones an analyzer holds back while the cycle is unknown).</summary>
internal static class FindingState
{
    public static void Write(StateWriter writer, Finding finding)
    {
        writer.Write(finding.Id);
        writer.Write((int)finding.Kind);
        writer.Write(finding.StartMs);
        writer.Write(finding.EndMs);
        writer.Write(finding.PeakMs);
        writer.Write(finding.Severity);
        writer.Write(finding.Expected);
        writer.Write(finding.Lower);
        writer.Write(finding.Upper);
        writer.Write(finding.Actual);
        writer.Write(finding.IsOpen);
        var facts = finding.Facts;
        writer.Write(facts.Detector.Length);
        foreach (var c in facts.Detector)
        {
            writer.Write((int)c);
        }

        writer.Write((int)facts.Direction);
        writer.Write(facts.Deviation);
        writer.Write(facts.DeviationSigma);
        writer.Write(facts.Points);
        writer.Write(facts.Evidence);
        writer.Write(facts.ShiftSize ?? double.NaN);
        writer.Write(facts.VarianceRatio ?? double.NaN);
        writer.Write(facts.SlopePerHour ?? double.NaN);
        writer.Write(facts.StuckValue ?? double.NaN);
        writer.Write(facts.CadenceMs ?? long.MinValue);
        writer.Write(facts.SeasonalPeriodMs ?? long.MinValue);
        writer.Write(facts.NormalAtPhaseMs ?? long.MinValue);
        writer.Write(facts.BecameNormal);
        writer.Write(facts.ReturnedToKnownRegime);
        writer.Write(facts.DampedByFeedback);
    }

    public static Finding Read(ref StateReader reader)
    {
        var id = reader.ReadInt64();
        var kind = (FindingKind)reader.ReadInt32();
        var start = reader.ReadInt64();
        var end = reader.ReadInt64();
        var peak = reader.ReadInt64();
        var severity = reader.ReadDouble();
        var expected = reader.ReadDouble();
        var lower = reader.ReadDouble();
        var upper = reader.ReadDouble();
        var actual = reader.ReadDouble();
        var open = reader.ReadBool();
        var length = reader.ReadInt32();
        if (length is < 0 or > 64)
        {
            throw new InvalidDataException("Analyzer state holds an impossible detector name.");
        }

        Span<char> name = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            name[i] = (char)reader.ReadInt32();
        }

        return new Finding
        {
            Id = id,
            Kind = kind,
            StartMs = start,
            EndMs = end,
            PeakMs = peak,
            Severity = severity,
            Expected = expected,
            Lower = lower,
            Upper = upper,
            Actual = actual,
            IsOpen = open,
            Facts = new FindingFacts
            {
                Detector = new string(name),
                Direction = (Direction)reader.ReadInt32(),
                Deviation = reader.ReadDouble(),
                DeviationSigma = reader.ReadDouble(),
                Points = reader.ReadInt64(),
                Evidence = reader.ReadDouble(),
                ShiftSize = NullIfNaN(reader.ReadDouble()),
                VarianceRatio = NullIfNaN(reader.ReadDouble()),
                SlopePerHour = NullIfNaN(reader.ReadDouble()),
                StuckValue = NullIfNaN(reader.ReadDouble()),
                CadenceMs = NullIfMin(reader.ReadInt64()),
                SeasonalPeriodMs = NullIfMin(reader.ReadInt64()),
                NormalAtPhaseMs = NullIfMin(reader.ReadInt64()),
                BecameNormal = reader.ReadBool(),
                ReturnedToKnownRegime = reader.ReadBool(),
                DampedByFeedback = reader.ReadBool(),
            },
        };
    }

    private static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;

    private static long? NullIfMin(long value) => value == long.MinValue ? null : value;
}
