namespace Nunchi.Storage.Encoding;

/// <summary>How <see cref="PredictiveCoding"/> predicts each integer from the ones before it.</summary>
/// <remarks>
/// Delta suits random walks, delta of deltas steady ramps (timestamps, counters), the smoothed levels white noise
/// around a slowly moving level (most sensors): the prediction error of an exponential smoothing with α = 2^−s has
/// variance σ²(1 + α/(2 − α)) instead of delta's 2σ², half a bit per value less.
/// </remarks>
internal enum Predictor : byte
{
    /// <summary>Prediction 0: the residuals are the values (small integers, flags).</summary>
    Zero = 0,

    /// <summary>The previous value.</summary>
    Delta = 1,

    /// <summary>The previous value plus the previous delta.</summary>
    DeltaOfDelta = 2,

    /// <summary>An exponentially smoothed level with α = 1/2.</summary>
    SmoothedHalf = 3,

    /// <summary>An exponentially smoothed level with α = 1/4.</summary>
    SmoothedQuarter = 4,

    /// <summary>An exponentially smoothed level with α = 1/8.</summary>
    SmoothedEighth = 5,
}
