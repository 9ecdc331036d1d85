namespace Nunchi.Storage;

/// <summary>Called once per appended batch after it is durable, on the commit thread, strictly in log order.</summary>
/// <param name="lsn">The batch's log sequence number: increases by at least 1 per batch, survives restarts.</param>
/// <param name="points">The batch's points, valid only during the call.</param>
public delegate void CommittedBatch(long lsn, ReadOnlySpan<StoredPoint> points);
