using Nunchi.Core.Analysis.State;

namespace Nunchi.Core.Analysis.Detectors;

/// <summary>
/// Shape anomalies: a window whose values are each plausible but whose pattern is unlike any recent window,
/// measured as the distance from the window's z-normalised PAA sketch to its nearest remembered prototype.
/// </summary>
/// <remarks>
/// <para>This is a bounded-memory left discord search: like DAMP (Lu et al., "Matrix Profile XXIV", KDD 2022) it asks
/// how far the newest subsequence is from its nearest neighbour in the past, and like ARTime/fuzzy ART it keeps a
/// small set of prototypes instead of the whole past: a sketch that matches a prototype refreshes it, a novel one
/// replaces the least recently matched. The window is one seasonal period, for series whose period is 8–256
/// points; sketches are taken every eighth of a window, so the cost is O(window/8 + prototypes) per stride —
/// under 150 operations per point amortised.</para>
/// <para>The raw score is the nearest distance over its running mean (z-like after calibration). Windows are
/// normalised by max(std, 2σ) so that noise on a flat stretch is not mistaken for a shape.</para>
/// </remarks>
internal sealed class ShapeDetector
{
    private const int MaxWindow = 256;
    private const int MinWindow = 8;
    private const int Segments = 8;
    private const int Prototypes = 64;
    private const float Quantum = 16f; // sketch values are stored as sbyte: z × 16, clamped to ±7.9
    private const double DistanceRate = 1.0 / 64;
    private const int MinStrides = 32;

    // Allocated when the detector first runs: most series have no period of 8–256 points and never need them.
    private float[] _values = [];
    private sbyte[] _prototypes = [];
    private int[] _lastUsed = [];
    private int _window = MinWindow;
    private int _next;
    private long _seen;
    private int _sinceStride;
    private int _stored;
    private int _strides;
    private double _meanDistance;

    /// <summary>
    /// Adds a value; returns the raw novelty of the window ending here, or 0 between strides and for series without
    /// a short period: a shape is only unusual against a pattern that repeats, and without one the residual
    /// detectors already judge every value (on aperiodic data, rare but normal shapes such as a daily warm-up
    /// ramp would otherwise look novel every time they come back).
    /// </summary>
    public double Update(double value, double sigma, double periodInPoints)
    {
        if (periodInPoints < MinWindow || periodInPoints > MaxWindow)
        {
            return 0;
        }

        if (_values.Length == 0)
        {
            Allocate();
        }

        var window = (int)Math.Round(periodInPoints);
        if (window != _window)
        {
            // A new period means new shapes: forget prototypes of the old window length.
            _window = window;
            _stored = 0;
            _strides = 0;
            _seen = 0;
            _meanDistance = 0;
        }

        _values[_next] = (float)value;
        _next = (_next + 1) % MaxWindow;
        _seen++;
        if (_seen < _window || ++_sinceStride < Math.Max(1, _window / Segments))
        {
            return 0;
        }

        _sinceStride = 0;
        _strides++;
        Span<sbyte> sketch = stackalloc sbyte[Segments];
        Sketch(sketch, sigma);
        var (nearest, distance) = Nearest(sketch);

        var raw = 0.0;
        if (_strides > MinStrides && _meanDistance > 0)
        {
            raw = distance / _meanDistance;
        }

        // Learn: refresh the matching prototype or store the novel sketch in place of the stalest one.
        if (nearest >= 0 && distance <= _meanDistance)
        {
            _lastUsed[nearest] = _strides;
        }
        else
        {
            Store(sketch);
        }

        if (raw < 3 || _strides <= MinStrides)
        {
            _meanDistance += Math.Max(DistanceRate, 1.0 / _strides) * (distance - _meanDistance);
        }

        return raw;
    }

    private void Allocate()
    {
        _values = new float[MaxWindow];
        _prototypes = new sbyte[Prototypes * Segments];
        _lastUsed = new int[Prototypes];
    }

    private void Sketch(Span<sbyte> sketch, double sigma)
    {
        // Piecewise aggregate approximation of the last window, z-normalised.
        double sum = 0, sumSquares = 0;
        var start = (_next - _window + MaxWindow) % MaxWindow;
        for (var i = 0; i < _window; i++)
        {
            double v = _values[(start + i) % MaxWindow];
            sum += v;
            sumSquares += v * v;
        }

        var mean = sum / _window;
        var std = Math.Sqrt(Math.Max(0, (sumSquares / _window) - (mean * mean)));
        var scale = 1.0 / Math.Max(std, 2 * sigma);
        for (var s = 0; s < Segments; s++)
        {
            var from = s * _window / Segments;
            var to = (s + 1) * _window / Segments;
            double segment = 0;
            for (var i = from; i < to; i++)
            {
                segment += _values[(start + i) % MaxWindow];
            }

            var z = ((segment / Math.Max(1, to - from)) - mean) * scale;
            sketch[s] = (sbyte)Math.Clamp(Math.Round(z * Quantum), -127, 127);
        }
    }

    private (int Index, double Distance) Nearest(ReadOnlySpan<sbyte> sketch)
    {
        var best = -1;
        var bestSquare = int.MaxValue;
        for (var p = 0; p < _stored; p++)
        {
            var square = 0;
            var offset = p * Segments;
            for (var s = 0; s < Segments; s++)
            {
                var d = sketch[s] - _prototypes[offset + s];
                square += d * d;
            }

            if (square < bestSquare)
            {
                bestSquare = square;
                best = p;
            }
        }

        return best < 0 ? (-1, 0) : (best, Math.Sqrt(bestSquare) / Quantum);
    }

    private void Store(ReadOnlySpan<sbyte> sketch)
    {
        var slot = _stored;
        if (_stored == Prototypes)
        {
            slot = 0;
            for (var p = 1; p < Prototypes; p++)
            {
                if (_lastUsed[p] < _lastUsed[slot])
                {
                    slot = p;
                }
            }
        }
        else
        {
            _stored++;
        }

        sketch.CopyTo(_prototypes.AsSpan(slot * Segments, Segments));
        _lastUsed[slot] = _strides;
    }

    public void Save(StateWriter writer)
    {
        // A detector that never ran (no short period) saves no window and no prototypes.
        var active = _seen > 0 || _stored > 0;
        writer.Write(active ? _values : []);
        writer.Write(active ? _prototypes.AsSpan(0, _stored * Segments) : []);
        writer.Write(_window);
        writer.Write(_next);
        writer.Write(_seen);
        writer.Write(_sinceStride);
        writer.Write(_stored);
        writer.Write(_strides);
        writer.Write(_meanDistance);
        for (var p = 0; p < _stored; p++)
        {
            writer.Write(_lastUsed[p]);
        }
    }

    public void Load(ref StateReader reader)
    {
        // A detector that never ran has no window and no prototypes in its state, and gets no buffers.
        if (reader.PeekLength() > 0)
        {
            Allocate();
        }

        reader.ReadUpTo<float>(_values);
        reader.ReadUpTo<sbyte>(_prototypes);
        _window = reader.ReadInt32();
        _next = reader.ReadInt32();
        _seen = reader.ReadInt64();
        _sinceStride = reader.ReadInt32();
        _stored = reader.ReadInt32();
        _strides = reader.ReadInt32();
        _meanDistance = reader.ReadDouble();
        if (_stored < 0 || _stored > _lastUsed.Length)
        {
            throw new InvalidDataException("Shape detector state holds an impossible prototype count.");
        }

        Array.Clear(_lastUsed);
        for (var p = 0; p < _stored; p++)
        {
            _lastUsed[p] = reader.ReadInt32();
        }
    }
}
