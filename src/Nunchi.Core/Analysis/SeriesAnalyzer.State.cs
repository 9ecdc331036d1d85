using System.Buffers;
using Nunchi.Core.Analysis.State;

namespace Nunchi.Core.Analysis;

public sealed partial class SeriesAnalyzer
{
    private const uint StateMagic = 0x3141434E; // "NCA1"
    private const byte StateVersion = 5;

    /// <summary>
    /// Writes everything the analyzer has learned, so that <see cref="Restore"/> continues bit for bit as if it
    /// had never stopped. Take all pending events first: they are not part of the state.
    /// </summary>
    /// <exception cref="InvalidOperationException">Events are still waiting to be taken.</exception>
    public void SaveState(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (_events.Count > 0)
        {
            throw new InvalidOperationException("Take pending finding events before saving the analyzer state.");
        }

        // Written whole first, so that the checksum over it can follow it.
        var body = new ArrayBufferWriter<byte>(16 * 1024);
        WriteBody(new StateWriter(body));
        output.Write(body.WrittenSpan);
        new StateWriter(output).Write((long)StateChecksum.Of(body.WrittenSpan));
    }

    private void WriteBody(StateWriter writer)
    {
        writer.Write((int)StateMagic);
        writer.Write(StateVersion);
        _cadence.Save(writer);
        _counter.Save(writer);
        _feedback.Save(writer);
        _finding.Save(writer);
        _history.Save(writer);
        _profile.Save(writer);
        _outer.Save(writer);
        _regime.Save(writer);
        _bank.Save(writer);
        _shift.Save(writer);
        _variance.Save(writer);
        _drift.Save(writer);
        _stuck.Save(writer);
        _shape.Save(writer);
        foreach (var calibrator in _calibrators)
        {
            calibrator.Save(writer);
        }

        writer.Write(_points);
        writer.Write(_hasLast);
        writer.Write(_lastMs);
        writer.Write(_firstMs);
        writer.Write(_gap.FromMs);
        writer.Write(_gap.ToMs);
        writer.Write(_gap.CadenceMs);
        writer.Write(_noise);
        writer.Write(_noiseSamples);
        writer.Write(_resolution);
        writer.Write(_hasPrepared);
        writer.Write(_lastPrepared);
        writer.Write(_strength);
        writer.Write(_sinceRecentre);
        writer.Write(_holdCount);
        writer.Write(_heldStartMs);
        writer.Write(_heldSeverity);
        writer.Write(_held.TimestampMs);
        writer.Write(_held.Severity);
        writer.Write(_held.Surprise);
        writer.Write(_held.Expected);
        writer.Write(_held.Lower);
        writer.Write(_held.Upper);
        writer.Write(_held.Actual);
        writer.Write(_held.Z);
        writer.Write((int)_held.Direction);
        writer.Write(_shiftConfirm);
        writer.Write(_quietShift);
        writer.Write(_lastSeverity);
        writer.Write(_evidence);
        writer.Write(_pending.Count);
        foreach (var finding in _pending)
        {
            FindingState.Write(writer, finding);
        }
    }

    /// <summary>Writes the state to a new array.</summary>
    public byte[] SaveState()
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        SaveState(buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Recreates an analyzer from <see cref="SaveState(IBufferWriter{byte})"/>'s bytes, with the same options it was saved with.</summary>
    /// <exception cref="InvalidDataException">The bytes are not an analyzer state of this version or options.</exception>
    public static SeriesAnalyzer Restore(ReadOnlySpan<byte> state, AnalyzerOptions? options = null)
    {
        if (state.Length < StateChecksum.Size
            || StateChecksum.Of(state[..^StateChecksum.Size]) != (ulong)new StateReader(state[^StateChecksum.Size..]).ReadInt64())
        {
            throw new InvalidDataException("Analyzer state is damaged or truncated (its checksum does not match).");
        }

        try
        {
            return ReadBody(state[..^StateChecksum.Size], options);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            // A sealed state that still does not parse was written by a different build: say so, not how it broke.
            throw new InvalidDataException("Analyzer state does not match this version of Nunchi.", e);
        }
    }

    private static SeriesAnalyzer ReadBody(ReadOnlySpan<byte> state, AnalyzerOptions? options)
    {
        var analyzer = new SeriesAnalyzer(options);
        var reader = new StateReader(state);
        if ((uint)reader.ReadInt32() != StateMagic || reader.ReadByte() != StateVersion)
        {
            throw new InvalidDataException("Not a Nunchi analyzer state of this version.");
        }

        analyzer._cadence.Load(ref reader);
        analyzer._counter.Load(ref reader);
        analyzer._feedback.Load(ref reader);
        analyzer._finding.Load(ref reader);
        analyzer._history.Load(ref reader);
        analyzer._profile.Load(ref reader);
        analyzer._outer.Load(ref reader);
        analyzer._regime.Load(ref reader);
        analyzer._bank.Load(ref reader);
        analyzer._shift.Load(ref reader);
        analyzer._variance.Load(ref reader);
        analyzer._drift.Load(ref reader);
        analyzer._stuck.Load(ref reader);
        analyzer._shape.Load(ref reader);
        for (var c = 0; c < analyzer._calibrators.Length; c++)
        {
            analyzer._calibrators[c].Load(ref reader);
        }

        analyzer._points = reader.ReadInt64();
        analyzer._hasLast = reader.ReadBool();
        analyzer._lastMs = reader.ReadInt64();
        analyzer._firstMs = reader.ReadInt64();
        analyzer._gap = new PendingGap(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64());
        analyzer._noise = reader.ReadDouble();
        analyzer._noiseSamples = reader.ReadInt64();
        analyzer._resolution = reader.ReadDouble();
        analyzer._hasPrepared = reader.ReadBool();
        analyzer._lastPrepared = reader.ReadDouble();
        analyzer._strength = reader.ReadDouble();
        analyzer._sinceRecentre = reader.ReadInt64();
        analyzer._holdCount = reader.ReadInt32();
        analyzer._heldStartMs = reader.ReadInt64();
        analyzer._heldSeverity = reader.ReadDouble();
        analyzer._held = new Observation(
            reader.ReadInt64(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(),
            reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), (Findings.Direction)reader.ReadInt32());
        analyzer._shiftConfirm = reader.ReadInt32();
        analyzer._quietShift = reader.ReadInt32();
        analyzer._lastSeverity = reader.ReadDouble();
        analyzer._evidence = reader.ReadDouble();
        var pending = reader.ReadInt32();
        if (pending is < 0 or > MaxPending)
        {
            throw new InvalidDataException("Analyzer state holds an impossible number of held-back findings.");
        }

        for (var i = 0; i < pending; i++)
        {
            analyzer._pending.Add(FindingState.Read(ref reader));
        }

        if (!reader.AtEnd)
        {
            throw new InvalidDataException("Analyzer state has trailing bytes.");
        }

        return analyzer;
    }
}
