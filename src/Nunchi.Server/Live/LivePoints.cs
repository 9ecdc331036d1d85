using System.Threading.Channels;
using Nunchi.Storage;

namespace Nunchi.Server.Live;

/// <summary>The points of one series in one <c>points</c> event; times are Unix milliseconds.</summary>
/// <param name="SeriesId">The series.</param>
/// <param name="T">Timestamps, in the order they were stored.</param>
/// <param name="V">Values.</param>
internal sealed record LivePoints(int SeriesId, List<long> T, List<double> V)
{
    /// <summary>Takes every queued point and groups it by series, keeping the order within each.</summary>
    public static List<LivePoints> Drain(ChannelReader<StoredPoint> queue)
    {
        var batches = new List<LivePoints>();
        while (queue.TryRead(out var point))
        {
            var batch = batches.Find(b => b.SeriesId == point.SeriesId);
            if (batch is null)
            {
                batch = new LivePoints(point.SeriesId, [], []);
                batches.Add(batch);
            }

            batch.T.Add(point.TimestampMs);
            batch.V.Add(point.Value);
        }

        return batches;
    }
}
