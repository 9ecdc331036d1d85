using Nunchi.Core.Numerics;
namespace Nunchi.Core.Scenarios;

/// <summary>
/// The process behind the server scenario: traffic with a daily curve (quiet at 04:00, peak at 21:00 KST) and a
/// quieter weekend, and each host's CPU, memory, latency and byte counter following it.
/// </summary>
/// <remarks>
/// Series layout: host h at 5h (cpu, memory, latency, requests, bytes_sent). The counter resets when the process
/// restarts: at planned deploys (some weekdays' working hours) and right after a labelled memory leak, which a
/// restart ends.
/// </remarks>
internal sealed class ServerModel : ScenarioModel
{
    private const int HostCount = 4;
    private const int Fields = 5;

    // Share of peak traffic at each local hour (KST); interpolated linearly in between.
    private static readonly double[] HourlyTraffic =
    [
        0.45, 0.35, 0.28, 0.24, 0.22, 0.24, 0.30, 0.42, 0.58, 0.68, 0.72, 0.76,
        0.82, 0.78, 0.74, 0.72, 0.72, 0.74, 0.78, 0.85, 0.93, 1.00, 0.92, 0.68,
    ];

    // Sunday first, as DayOfWeek counts.
    private static readonly double[] WeeklyTraffic = [0.80, 1.00, 1.00, 1.00, 0.98, 0.95, 0.85];

    private static readonly double[] PeakRequests = [240, 230, 380, 1150];       // req/s
    private static readonly double[] IdleCpu = [4, 4, 6, 8];                     // %
    private static readonly double[] CpuAtPeak = [52, 50, 58, 45];               // % added at peak traffic
    private static readonly double[] MemoryBase = [46, 44, 58, 72];              // %
    private static readonly double[] LatencyMedian = [38, 40, 62, 4.5];          // ms at low traffic
    private static readonly double[] BytesPerRequest = [21_000, 21_000, 3_200, 900];

    private readonly long _seed;
    private readonly long _stepMs;
    private readonly double _stepSeconds;
    private readonly long _fromMs;
    private readonly ScenarioRandom[] _random = new ScenarioRandom[HostCount];
    private readonly Ar1Process[] _mood = new Ar1Process[HostCount];
    private readonly Ar1Process[] _cpuWander = new Ar1Process[HostCount];
    private readonly Ar1Process[] _memoryWander = new Ar1Process[HostCount];
    private readonly double[] _counter = new double[HostCount];
    private readonly List<long>[] _leakFixes = new List<long>[HostCount];

    public ServerModel(ScenarioOptions options, long stepMs, IReadOnlyList<ScenarioEvent> events)
    {
        _seed = options.Seed;
        _stepMs = stepMs;
        _stepSeconds = stepMs / 1000.0;
        _fromMs = options.FromMs;
        for (var h = 0; h < HostCount; h++)
        {
            var random = _random[h] = new ScenarioRandom(_seed, 40 + h);
            _mood[h] = new Ar1Process(20 * 60, 0.04, _stepSeconds, random.NextGaussian());
            _cpuWander[h] = new Ar1Process(30 * 60, 1.2, _stepSeconds, random.NextGaussian());
            _memoryWander[h] = new Ar1Process(3 * 3600, 0.4, _stepSeconds, random.NextGaussian());
            _counter[h] = random.Uniform(1e9, 5e10);
            _leakFixes[h] = [];
        }

        // The leak ends because the process is restarted at the first sample after it.
        foreach (var e in events)
        {
            if (e.Label.Kind == ScenarioLabelKind.Drift)
            {
                _leakFixes[e.Group].Add(e.Label.EndMs + stepMs);
            }
        }
    }

    public override void Advance(long timestampMs, EventInjector effects, Span<double> values)
    {
        var hour = LocalClock.HourOfDay(timestampMs);
        var day = LocalClock.LocalDay(timestampMs);
        var lower = (int)hour;
        var fraction = hour - lower;
        var profile = (HourlyTraffic[lower] * (1 - fraction)) + (HourlyTraffic[(lower + 1) % 24] * fraction);
        var growth = 1 + (0.001 * (timestampMs - _fromMs) / LocalClock.DayMs);
        var traffic = profile * WeeklyTraffic[(int)LocalClock.Weekday(day)] * growth;
        var noise = effects.NoiseScale;
        for (var h = 0; h < HostCount; h++)
        {
            var random = _random[h];
            var b = h * Fields;
            var rate = PeakRequests[h] * traffic * (1 + _mood[h].Next(random.NextGaussian()));

            // Requests/s averaged over the interval: Poisson counts divided by its length.
            var requests = Math.Max(0, rate + (Math.Sqrt(rate / _stepSeconds) * random.NextGaussian()));
            var busy = requests / PeakRequests[h];
            values[b] = IdleCpu[h] + (CpuAtPeak[h] * busy) + _cpuWander[h].Next(random.NextGaussian()) + (1.0 * noise[b] * random.NextGaussian());
            values[b + 1] = MemoryBase[h] + (3 * busy) + _memoryWander[h].Next(random.NextGaussian()) + (0.2 * noise[b + 1] * random.NextGaussian());

            // Latency is log-normal around a median that grows with queueing at high load.
            values[b + 2] = LatencyMedian[h] * (1 + (0.7 * busy * busy)) * DeterministicMath.Exp(0.12 * noise[b + 2] * random.NextGaussian());
            values[b + 3] = requests;

            if (Restarts(h, day, timestampMs))
            {
                _counter[h] = 0;
            }

            _counter[h] += Math.Round(requests * _stepSeconds * BytesPerRequest[h] * (1 + (0.03 * random.NextGaussian())));
            values[b + 4] = _counter[h];
        }
    }

    // A restart happens in the interval ending at this sample: a planned deploy (one weekday in five per host,
    // between 10:00 and 17:00) or the fix of a memory leak.
    private bool Restarts(int host, long day, long timestampMs)
    {
        foreach (var fix in _leakFixes[host])
        {
            if (fix == timestampMs)
            {
                return true;
            }
        }

        var weekday = LocalClock.Weekday(day);
        if (weekday is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        var hash = ScenarioRandom.Hash(_seed, 100 + host, day);
        if (hash % 5 != 0)
        {
            return false;
        }

        var deployMs = LocalClock.UtcMs(day, 10 + ((hash >> 16) % 7000 / 1000.0));
        return deployMs > timestampMs - _stepMs && deployMs <= timestampMs;
    }
}
