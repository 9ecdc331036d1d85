namespace Nunchi.Core.Analysis;

/// <summary>How a series' values are analysed.</summary>
public enum SeriesMode
{
    /// <summary>Not decided yet (the first 128 points).</summary>
    Undecided,

    /// <summary>A gauge: values are analysed as they are.</summary>
    Gauge,

    /// <summary>A monotonic counter: its rate per second is analysed, resets included.</summary>
    Counter,
}
