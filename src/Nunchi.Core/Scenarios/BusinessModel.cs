using Nunchi.Core.Numerics;
namespace Nunchi.Core.Scenarios;

/// <summary>
/// The process behind the business scenario: per-channel order, revenue and signup counts over each interval,
/// from an hourly shopping curve (KST), a weekly rhythm (the app busier at the weekend, the web on weekdays) and growth.
/// </summary>
/// <remarks>Series layout: channel c at 3c (orders, revenue, signups). Counts are Poisson; revenue sums baskets.</remarks>
internal sealed class BusinessModel : ScenarioModel
{
    private const int ChannelCount = 2;
    private const int Fields = 3;
    private const double BasketSpread = 0.6;     // coefficient of variation of one order's value
    private const double GrowthPerDay = 0.0015;  // steady growth, about 4.6 % a month

    private static readonly double[] HourlyShopping =
    [
        0.55, 0.35, 0.22, 0.15, 0.12, 0.14, 0.22, 0.38, 0.58, 0.78, 0.92, 1.00,
        1.05, 1.00, 0.95, 0.92, 0.90, 0.92, 0.98, 1.05, 1.15, 1.22, 1.12, 0.85,
    ];

    // Sunday first, as DayOfWeek counts.
    private static readonly double[][] WeeklyOrders =
    [
        [0.90, 1.05, 1.00, 1.00, 1.00, 0.95, 0.85],
        [1.20, 0.95, 0.95, 0.95, 1.00, 1.05, 1.15],
    ];

    private static readonly double[] WeeklySignups = [0.85, 1.10, 1.05, 1.00, 1.00, 0.95, 0.85];
    private static readonly double[] OrdersPerHour = [140, 210];
    private static readonly double[] SignupsPerHour = [18, 26];
    private static readonly double[] Basket = [52_000, 38_000];   // KRW per order

    private static readonly long GrowthOriginMs = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.FromHours(9)).ToUnixTimeMilliseconds();

    private readonly long _stepMs;
    private readonly int _slices;
    private readonly ScenarioRandom[] _random = new ScenarioRandom[ChannelCount];
    private readonly Ar1Process[] _mood = new Ar1Process[ChannelCount];

    public BusinessModel(ScenarioOptions options, long stepMs)
    {
        _stepMs = stepMs;

        // Expected counts integrate the hourly curve over the interval, an hour at a time for long intervals.
        _slices = (int)Math.Max(1, Math.Min(24 * 7, stepMs / LocalClock.HourMs));
        var stepSeconds = stepMs / 1000.0;
        for (var c = 0; c < ChannelCount; c++)
        {
            _random[c] = new ScenarioRandom(options.Seed, 60 + c);
            _mood[c] = new Ar1Process(6 * 3600, 0.05, stepSeconds, _random[c].NextGaussian());
        }
    }

    public override void Advance(long timestampMs, EventInjector effects, Span<double> values)
    {
        var growth = DeterministicMath.Exp(GrowthPerDay * (timestampMs - GrowthOriginMs) / LocalClock.DayMs);
        for (var c = 0; c < ChannelCount; c++)
        {
            var orderHours = 0.0;
            var signupHours = 0.0;
            var sliceMs = _stepMs / _slices;
            for (var k = 0; k < _slices; k++)
            {
                var at = timestampMs + (k * sliceMs) + (sliceMs / 2);
                var shopping = Shopping(at);
                var weekday = (int)LocalClock.Weekday(LocalClock.LocalDay(at));
                orderHours += shopping * WeeklyOrders[c][weekday];
                signupHours += shopping * WeeklySignups[weekday];
            }

            var hours = sliceMs / (double)LocalClock.HourMs;
            var random = _random[c];
            var mood = 1 + _mood[c].Next(random.NextGaussian());
            var b = c * Fields;
            double orders = random.NextPoisson(OrdersPerHour[c] * orderHours * hours * growth * mood);
            values[b] = orders;
            values[b + 1] = Math.Max(0, orders * Basket[c] * (1 + (BasketSpread / Math.Sqrt(Math.Max(orders, 1)) * random.NextGaussian())));
            values[b + 2] = random.NextPoisson(SignupsPerHour[c] * signupHours * hours * growth * mood);
        }
    }

    private static double Shopping(long timestampMs)
    {
        var hour = LocalClock.HourOfDay(timestampMs);
        var lower = (int)hour;
        var fraction = hour - lower;
        return (HourlyShopping[lower] * (1 - fraction)) + (HourlyShopping[(lower + 1) % 24] * fraction);
    }
}
