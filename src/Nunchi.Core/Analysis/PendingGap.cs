namespace Nunchi.Core.Analysis;

/// <summary>
/// A gap in the data seen when a point arrived far ahead of the last one, held until it is clear the gap is real:
/// late points inside it (writers delivering out of order) shrink it, and it is reported as missing data only once
/// the stream has moved past the reorder window with a gap still left.
/// </summary>
/// <param name="FromMs">The last point before the gap (the gap starts one cadence after it).</param>
/// <param name="ToMs">The first point after the gap.</param>
/// <param name="CadenceMs">The series' cadence when the gap was seen; 0 when there is no gap.</param>
internal readonly record struct PendingGap(long FromMs, long ToMs, long CadenceMs)
{
    /// <summary>True when a gap is waiting.</summary>
    public bool Open => CadenceMs > 0;
}
