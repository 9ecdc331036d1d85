namespace Nunchi.Cli.Plot;

/// <summary>
/// The envelope re-aggregated to one bucket per pixel column, and which columns a line may join across.
/// </summary>
internal sealed class PlotColumns
{
    // A line bridges empty columns only across gaps no longer than this many typical point spacings.
    private const double GapSpacings = 5;

    // ...and always across gaps shorter than this many pixels: smaller gaps could not be seen anyway.
    private const double InvisibleGapPixels = 1.5;

    private readonly PlotBucket[] _columns;
    private readonly double _gapLimitMs;

    public PlotColumns(PlotEnvelope envelope, TimeScale scale)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        _columns = new PlotBucket[scale.Columns];
        foreach (ref readonly var bucket in envelope.Buckets)
        {
            // A bucket belongs to the column of its middle; buckets are at most about a column wide.
            var middle = bucket.StartMs + (bucket.EndMs - bucket.StartMs) / 2;
            _columns[scale.Column(middle)].Merge(in bucket);
        }

        _gapLimitMs = Math.Max(GapSpacings * envelope.TypicalSpacingMs, InvisibleGapPixels * scale.MsPerPixel);
    }

    public int Count => _columns.Length;

    public ref readonly PlotBucket this[int column] => ref _columns[column];

    /// <summary>
    /// Whether a line continues from column <paramref name="previous"/> to <paramref name="column"/>, the next
    /// one holding the quantity drawn: only if every column in between is empty (one with points but without
    /// the quantity is a missing value or warm-up) and the time gap between them is not an outage.
    /// </summary>
    public bool Joins(int previous, int column)
    {
        if (previous < 0)
        {
            return false;
        }

        for (var c = previous + 1; c < column; c++)
        {
            if (!_columns[c].IsEmpty)
            {
                return false;
            }
        }

        return _columns[column].StartMs - _columns[previous].EndMs <= _gapLimitMs;
    }

    /// <summary>
    /// Column ranges (inclusive) where the value line is broken: rows without a value, or an outage between rows.
    /// Columns before the series' first or after its last row are not missing: the series just was not there.
    /// </summary>
    public IReadOnlyList<(int From, int To)> MissingRanges()
    {
        var ranges = new List<(int From, int To)>();
        var firstRow = -1;
        var previousValue = -1;
        for (var c = 0; c < _columns.Length; c++)
        {
            if (_columns[c].IsEmpty)
            {
                continue;
            }

            firstRow = firstRow < 0 ? c : firstRow;
            if (!_columns[c].HasValue)
            {
                continue;
            }

            var from = previousValue < 0 ? firstRow : previousValue + 1;
            if (c > from && !(previousValue >= 0 && Joins(previousValue, c)))
            {
                ranges.Add((from, c - 1));
            }

            previousValue = c;
        }

        var lastRow = Array.FindLastIndex(_columns, static b => !b.IsEmpty);
        if (lastRow > previousValue)
        {
            ranges.Add((previousValue < 0 ? firstRow : previousValue + 1, lastRow));
        }

        return ranges;
    }
}
