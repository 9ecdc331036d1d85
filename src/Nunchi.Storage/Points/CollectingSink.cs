namespace Nunchi.Storage.Points;

/// <summary>Adds every point read to a collection.</summary>
internal readonly struct CollectingSink(int seriesId, ICollection<StoredPoint> output) : IPointSink
{
    public void Accept(ReadOnlySpan<long> timestampsMs, ReadOnlySpan<double> values)
    {
        for (var i = 0; i < timestampsMs.Length; i++)
        {
            output.Add(new StoredPoint(seriesId, timestampsMs[i], values[i]));
        }
    }
}
