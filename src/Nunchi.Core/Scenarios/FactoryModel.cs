using Nunchi.Core.Numerics;
namespace Nunchi.Core.Scenarios;

/// <summary>
/// The physics behind the factory scenario: shift schedule, machine load ramps, thermal inertia, oven control loops,
/// compressor demand, ambient temperature, and sensor noise.
/// </summary>
/// <remarks>
/// Series layout (as <see cref="FactoryDefinition"/> builds it): press p at 5p (temperature, vibration, pressure,
/// power, output), oven o at 20 + 2o (temperature, power), the compressor at 24 (pressure, power, temperature).
/// Every process uses time constants in seconds, so the behaviour is the same at any cadence. Each machine draws from
/// its own random stream.
/// </remarks>
internal sealed class FactoryModel : ScenarioModel
{
    private const int PressCount = 4;
    private const int PressFields = 5;
    private const int OvenCount = 2;
    private const int OvenFields = 2;
    private const int OvenSeries = PressCount * PressFields;
    private const int CompressorSeries = OvenSeries + (OvenCount * OvenFields);

    private const double ShiftStartHour = 6;
    private const double ShiftEndHour = 22;
    private const long ShiftStartMs = 6 * LocalClock.HourMs;
    private const long ShiftEndMs = 22 * LocalClock.HourMs;

    // Presses come up one after another over a few minutes and stop a little after 22:00.
    private const long StartStaggerMs = 5 * LocalClock.MinuteMs;
    private const long StopStaggerMs = 4 * LocalClock.MinuteMs;
    private const double PressRampUpSeconds = 240;
    private const double PressRampDownSeconds = 180;
    private const double PressThermalSeconds = 40 * 60;
    private const double StandbyPressureBar = 12;

    // Ovens preheat from 04:45 so that they hold their set point when the shift starts.
    private const double OvenOnHour = 4.75;
    private const double OvenControlSeconds = 18 * 60;
    private const double OvenCoolSeconds = 150 * 60;
    private const double OvenGainKwPerK = 1.6;

    private const double CompressorThermalSeconds = 15 * 60;
    private const double PlantRampSeconds = 300;
    private const double HallHeatSeconds = 2 * 3600;

    // Line 1 presses (press-1, press-2) are smaller and faster than line 2's.
    private static readonly double[] RatedOutput = [32, 30, 22, 24];            // parts/min at full load
    private static readonly double[] HeatRise = [36, 34, 40, 38];               // °C above ambient at full load
    private static readonly double[] IdleVibration = [0.11, 0.12, 0.14, 0.13];  // mm/s, from the rest of the hall
    private static readonly double[] RunVibration = [0.70, 0.76, 0.92, 0.86];   // mm/s added at full load
    private static readonly double[] SetPressure = [150, 145, 180, 175];        // bar, the current product's set point
    private static readonly double[] IdlePower = [3.1, 2.9, 4.2, 4.0];          // kW: controls, pump unloaded
    private static readonly double[] RunPower = [38, 36, 52, 49];               // kW added at full load

    private static readonly double[] OvenSetPoint = [180, 170];                 // °C
    private static readonly double[] OvenLossKwPerK = [0.17, 0.15];             // heat loss per kelvin above ambient
    private static readonly double[] OvenMaxPowerKw = [60, 52];
    private static readonly double[] OvenWarmRate = [2.4, 2.1];                 // °C/min at full heater power

    // Indoor hall temperature follows the season: warmest around 25 July, coldest in late January.
    private static readonly long SummerPeakDay = new DateOnly(2026, 7, 25).DayNumber - new DateOnly(1970, 1, 1).DayNumber;

    private readonly long _seed;
    private readonly double _stepSeconds;
    private readonly ScenarioRandom _plantRandom;
    private readonly ScenarioRandom[] _pressRandom = new ScenarioRandom[PressCount];
    private readonly ScenarioRandom[] _ovenRandom = new ScenarioRandom[OvenCount];
    private readonly ScenarioRandom _compressorRandom;
    private readonly double _pressAlpha;
    private readonly double _ovenControlAlpha;
    private readonly double _ovenCoolDecay;
    private readonly double _compressorAlpha;
    private readonly double _hallHeatAlpha;
    private readonly Ar1Process[] _pressTemperatureDrift = new Ar1Process[PressCount];
    private readonly Ar1Process[] _pressPressureDrift = new Ar1Process[PressCount];
    private readonly Ar1Process[] _ovenWander = new Ar1Process[OvenCount];
    private readonly double[] _pressLoad = new double[PressCount];
    private readonly double[] _pressTemperature = new double[PressCount];
    private readonly double[] _ovenTemperature = new double[OvenCount];
    private readonly int _changedPress = -1;
    private readonly long _changeMs;
    private readonly double _changeBar;
    private Ar1Process _weather;
    private Ar1Process _airDemand;
    private Ar1Process _compressorPressureDrift;
    private double _plantLoad;
    private double _hallHeat;
    private double _compressorTemperature;

    public FactoryModel(ScenarioOptions options, long stepMs, IReadOnlyList<ScenarioEvent> events)
    {
        _seed = options.Seed;
        _stepSeconds = stepMs / 1000.0;
        _plantRandom = new ScenarioRandom(_seed, 1);
        for (var p = 0; p < PressCount; p++)
        {
            _pressRandom[p] = new ScenarioRandom(_seed, 10 + p);
            _pressTemperatureDrift[p] = new Ar1Process(8 * 3600, 0.5, _stepSeconds, _pressRandom[p].NextGaussian());
            _pressPressureDrift[p] = new Ar1Process(3 * 3600, 0.6, _stepSeconds, _pressRandom[p].NextGaussian());
        }

        for (var o = 0; o < OvenCount; o++)
        {
            _ovenRandom[o] = new ScenarioRandom(_seed, 20 + o);
            _ovenWander[o] = new Ar1Process(25 * 60, 0.2, _stepSeconds, _ovenRandom[o].NextGaussian());
        }

        _compressorRandom = new ScenarioRandom(_seed, 30);
        _weather = new Ar1Process(36 * 3600, 1.2, _stepSeconds, _plantRandom.NextGaussian());
        _airDemand = new Ar1Process(3 * 60, 0.035, _stepSeconds, _compressorRandom.NextGaussian());
        _compressorPressureDrift = new Ar1Process(20 * 60, 0.02, _stepSeconds, _compressorRandom.NextGaussian());

        // First-order lags discretised exactly: x ← x + (1 − e^(−Δt/τ))·(target − x).
        _pressAlpha = 1 - DeterministicMath.Exp(-_stepSeconds / PressThermalSeconds);
        _ovenControlAlpha = 1 - DeterministicMath.Exp(-_stepSeconds / OvenControlSeconds);
        _ovenCoolDecay = DeterministicMath.Exp(-_stepSeconds / OvenCoolSeconds);
        _compressorAlpha = 1 - DeterministicMath.Exp(-_stepSeconds / CompressorThermalSeconds);
        _hallHeatAlpha = 1 - DeterministicMath.Exp(-_stepSeconds / HallHeatSeconds);

        foreach (var e in events)
        {
            if (e.Label.Kind == ScenarioLabelKind.ProductChange)
            {
                _changedPress = e.Group;
                _changeMs = e.Label.StartMs;
                _changeBar = e.Magnitude;
            }
        }

        StartInSteadyState(options.FromMs);
    }

    public override void Advance(long timestampMs, EventInjector effects, Span<double> values)
    {
        var day = LocalClock.LocalDay(timestampMs);
        var msOfDay = LocalClock.MsOfDay(timestampMs);
        var hour = msOfDay / (double)LocalClock.HourMs;
        var productionDay = LocalClock.Weekday(day) != DayOfWeek.Sunday;
        var plantScheduled = productionDay && hour >= ShiftStartHour && hour < ShiftEndHour;

        // The plant's scheduled load drives compressed-air demand and warms the hall; it follows the shift plan,
        // not individual presses, so a press running at night changes only that press's series.
        _plantLoad = Ramp(_plantLoad, plantScheduled, PlantRampSeconds, PlantRampSeconds);
        _hallHeat += _hallHeatAlpha * ((2.5 * _plantLoad) - _hallHeat);
        var ambient = Ambient(timestampMs, hour) + _weather.Next(_plantRandom.NextGaussian()) + _hallHeat;

        for (var p = 0; p < PressCount; p++)
        {
            var running = (productionDay && IsShiftTime(p, day, msOfDay)) || effects.ForceOn[p];
            AdvancePress(p, running, timestampMs, ambient, effects.NoiseScale, values);
        }

        var ovensOn = productionDay && hour >= OvenOnHour && hour < ShiftEndHour;
        for (var o = 0; o < OvenCount; o++)
        {
            AdvanceOven(o, ovensOn, ambient, effects.NoiseScale, values);
        }

        AdvanceCompressor(ambient, effects.NoiseScale, values);
    }

    private void AdvancePress(int p, bool running, long timestampMs, double ambient, double[] noise, Span<double> values)
    {
        var random = _pressRandom[p];
        var b = p * PressFields;
        _pressLoad[p] = Ramp(_pressLoad[p], running, PressRampUpSeconds, PressRampDownSeconds);
        var load = _pressLoad[p];

        // Output: parts counted in the last minute, Poisson around the rated rate times the load.
        var rate = RatedOutput[p] * load;
        double output = load >= 0.05 ? random.NextPoisson(rate) : 0;

        // Temperature: first-order lag towards ambient plus the heat of the current load, with a slow wander.
        var drift = _pressTemperatureDrift[p].Next(random.NextGaussian());
        _pressTemperature[p] += _pressAlpha * (ambient + (HeatRise[p] * load) + drift - _pressTemperature[p]);
        values[b] = _pressTemperature[p] + (0.12 * noise[b] * random.NextGaussian());

        // Vibration: background from the hall when idle, the stroke's vibration when running.
        values[b + 1] = IdleVibration[p] + (RunVibration[p] * load) + ((0.01 + (0.04 * load)) * noise[b + 1] * random.NextGaussian());

        // Pressure: pump unloaded when idle; the product's set point with cycle-to-cycle noise when running.
        var setPoint = SetPressure[p] + (p == _changedPress && timestampMs >= _changeMs ? _changeBar : 0);
        var pressureDrift = _pressPressureDrift[p].Next(random.NextGaussian());
        values[b + 2] = StandbyPressureBar + (load * (setPoint - StandbyPressureBar + pressureDrift))
            + ((0.25 + (0.85 * load)) * noise[b + 2] * random.NextGaussian());

        // Power: standby draw plus the drive's load, a little higher when more parts went through.
        var outputRatio = rate > 0.5 ? output / rate : 1;
        values[b + 3] = IdlePower[p] + (load * RunPower[p] * (0.88 + (0.12 * outputRatio)))
            + ((0.08 + (0.6 * load)) * noise[b + 3] * random.NextGaussian());
        values[b + 4] = output;
    }

    private void AdvanceOven(int o, bool on, double ambient, double[] noise, Span<double> values)
    {
        var random = _ovenRandom[o];
        var b = OvenSeries + (o * OvenFields);
        var temperature = _ovenTemperature[o];
        if (on)
        {
            // Closed loop towards the set point, limited by the heaters' power while warming up.
            var rise = (OvenSetPoint[o] - temperature) * _ovenControlAlpha;
            temperature += Math.Min(rise, OvenWarmRate[o] * _stepSeconds / 60);
        }
        else
        {
            temperature = ambient + ((temperature - ambient) * _ovenCoolDecay);
        }

        _ovenTemperature[o] = temperature;
        var wander = on ? _ovenWander[o].Next(random.NextGaussian()) : 0;
        values[b] = temperature + wander + (0.15 * noise[b] * random.NextGaussian());
        values[b + 1] = on
            ? Math.Clamp(
                (OvenLossKwPerK[o] * (temperature - ambient)) + (OvenGainKwPerK * (OvenSetPoint[o] - temperature - wander))
                    + (0.5 * noise[b + 1] * random.NextGaussian()),
                0.5,
                OvenMaxPowerKw[o])
            : 0.6 + (0.004 * (temperature - ambient)) + (0.05 * noise[b + 1] * random.NextGaussian());
    }

    private void AdvanceCompressor(double ambient, double[] noise, Span<double> values)
    {
        var random = _compressorRandom;
        var b = CompressorSeries;

        // Demand: leaks and night loads keep about a sixth of full load; the shift adds the rest.
        var demand = 0.17 + (0.78 * _plantLoad) + _airDemand.Next(random.NextGaussian());
        values[b] = 7.02 - (0.05 * _plantLoad) + _compressorPressureDrift.Next(random.NextGaussian())
            + (0.012 * noise[b] * random.NextGaussian());
        values[b + 1] = 4.8 + (39 * demand) + (0.4 * noise[b + 1] * random.NextGaussian());
        _compressorTemperature += _compressorAlpha * (49 + (33 * demand) + (0.5 * (ambient - 20)) - _compressorTemperature);
        values[b + 2] = _compressorTemperature + (0.15 * noise[b + 2] * random.NextGaussian());
    }

    // Each press's start and stop on a given day is offset by a few minutes, stable for the seed.
    private bool IsShiftTime(int press, long day, long msOfDay)
    {
        var jitter = ScenarioRandom.Hash(_seed, press, day);
        var start = ShiftStartMs + (long)(jitter % (ulong)StartStaggerMs);
        var stop = ShiftEndMs + (long)((jitter >> 32) % (ulong)StopStaggerMs);
        return msOfDay >= start && msOfDay < stop;
    }

    private double Ramp(double level, bool on, double upSeconds, double downSeconds) =>
        on ? Math.Min(1, level + (_stepSeconds / upSeconds)) : Math.Max(0, level - (_stepSeconds / downSeconds));

    private static double Ambient(long timestampMs, double hour)
    {
        var days = (timestampMs / (double)LocalClock.DayMs) - SummerPeakDay;
        var season = 20 + (5 * Math.Cos(2 * Math.PI * days / 365.2425));
        var daily = 1.8 * Math.Cos(2 * Math.PI * (hour - 15) / 24);
        return season + daily;
    }

    private void StartInSteadyState(long fromMs)
    {
        var day = LocalClock.LocalDay(fromMs);
        var hour = LocalClock.HourOfDay(fromMs);
        var productionDay = LocalClock.Weekday(day) != DayOfWeek.Sunday;
        var shift = productionDay && hour >= ShiftStartHour && hour < ShiftEndHour;
        _plantLoad = shift ? 1 : 0;
        _hallHeat = 2.5 * _plantLoad;
        var ambient = Ambient(fromMs, hour) + _weather.Value + _hallHeat;
        for (var p = 0; p < PressCount; p++)
        {
            _pressLoad[p] = _plantLoad;
            _pressTemperature[p] = ambient + (HeatRise[p] * _plantLoad) + _pressTemperatureDrift[p].Value;
        }

        var ovensOn = productionDay && hour >= OvenOnHour && hour < ShiftEndHour;
        for (var o = 0; o < OvenCount; o++)
        {
            _ovenTemperature[o] = ovensOn ? OvenSetPoint[o] : ambient + 10;
        }

        _compressorTemperature = 49 + (33 * (0.17 + (0.78 * _plantLoad))) + (0.5 * (ambient - 20));
    }
}
