using Nunchi.Core.Numerics;
namespace Nunchi.Core.Scenarios;

/// <summary>
/// A first-order autoregressive process x ← φ·x + σ·√(1−φ²)·z with φ = exp(−Δt/τ): slow, mean-reverting wander
/// (weather, controller hunting, mechanical drift) whose stationary standard deviation is σ whatever the cadence.
/// </summary>
internal struct Ar1Process
{
    private readonly double _phi;
    private readonly double _innovation;

    public Ar1Process(double timeConstantSeconds, double standardDeviation, double stepSeconds, double initialZ)
    {
        _phi = DeterministicMath.Exp(-stepSeconds / timeConstantSeconds);
        _innovation = standardDeviation * Math.Sqrt(1 - (_phi * _phi));
        Value = standardDeviation * initialZ;
    }

    public double Value { get; private set; }

    /// <summary>Advances one step with the standard normal draw <paramref name="z"/> and returns the new value.</summary>
    public double Next(double z)
    {
        Value = (_phi * Value) + (_innovation * z);
        return Value;
    }
}
