using Nunchi.Core.Analysis.State;

namespace Nunchi.Core.Analysis;

/// <summary>
/// Infers the series' sampling interval as the median of recent positive timestamp steps, so that jitter, a
/// missed sample or a burst does not move it.
/// </summary>
/// <remarks>Keeps the last 32 steps; re-takes the median at 4, 8, 16, 32 steps and then every 64 points (O(1) amortised).</remarks>
internal sealed class CadenceTracker
{
    private const int Window = 32;
    private readonly long[] _steps = new long[Window];
    private int _count;
    private int _next;
    private long _sinceMedian;

    /// <summary>The cadence in milliseconds; 0 until two distinct timestamps have been seen.</summary>
    public long CadenceMs { get; private set; }

    public void Add(long stepMs)
    {
        if (stepMs <= 0)
        {
            return;
        }

        _steps[_next] = stepMs;
        _next = (_next + 1) % Window;
        if (_count < Window)
        {
            _count++;
        }

        _sinceMedian++;
        if (CadenceMs == 0 || (_count < Window && (_count & (_count - 1)) == 0) || _sinceMedian >= 64)
        {
            CadenceMs = Median();
            _sinceMedian = 0;
        }
    }

    private long Median()
    {
        Span<long> sorted = stackalloc long[Window];
        _steps.AsSpan(0, _count).CopyTo(sorted);
        sorted = sorted[.._count];
        sorted.Sort();
        return sorted[_count / 2];
    }

    public void Save(StateWriter writer)
    {
        writer.Write(_steps);
        writer.Write(_count);
        writer.Write(_next);
        writer.Write(_sinceMedian);
        writer.Write(CadenceMs);
    }

    public void Load(ref StateReader reader)
    {
        reader.ReadInto<long>(_steps);
        _count = reader.ReadInt32();
        _next = reader.ReadInt32();
        _sinceMedian = reader.ReadInt64();
        CadenceMs = reader.ReadInt64();
    }
}
