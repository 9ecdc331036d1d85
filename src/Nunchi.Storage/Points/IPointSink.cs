namespace Nunchi.Storage.Points;

/// <summary>Receives the points of a read in time order, one run at a time (implemented by structs, so calls inline).</summary>
internal interface IPointSink
{
    /// <summary>A run of points, strictly increasing timestamps, all later than the previous run's.</summary>
    void Accept(ReadOnlySpan<long> timestampsMs, ReadOnlySpan<double> values);
}
