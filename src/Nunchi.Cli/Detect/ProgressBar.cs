using System.Globalization;

namespace Nunchi.Cli.Detect;

/// <summary>A one-line progress bar, redrawn in place with a carriage return, that appears only once a run has taken a while.</summary>
/// <remarks>
/// Nothing is drawn during the first <see cref="Delay"/>, so short runs stay silent, and at most every
/// <see cref="Interval"/> after that. <see cref="Clear"/> blanks the line so that what follows starts clean.
/// Give it a terminal's writer only: it never belongs in a file. Not thread-safe.
/// </remarks>
internal sealed class ProgressBar
{
    /// <summary>How long a run goes before the bar appears.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    /// <summary>Shortest time between redraws.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private const int BarWidth = 30;

    private readonly TextWriter _writer;
    private readonly TimeProvider _time;
    private readonly string _label;
    private readonly long _totalBytes;
    private readonly long _started;
    private long _lastDrawn;
    private int _drawnLength;

    /// <param name="writer">The terminal (standard error).</param>
    /// <param name="time">The clock.</param>
    /// <param name="label">What is being read, e.g. the file name.</param>
    /// <param name="totalBytes">The input's size.</param>
    public ProgressBar(TextWriter writer, TimeProvider time, string label, long totalBytes)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(totalBytes);
        _writer = writer;
        _time = time;
        _label = label;
        _totalBytes = totalBytes;
        _started = time.GetTimestamp();
    }

    /// <summary>True while the bar is on screen.</summary>
    public bool IsShown => _drawnLength > 0;

    /// <summary>Redraws the bar if it is due.</summary>
    /// <param name="bytesRead">Bytes of input read so far.</param>
    /// <param name="rows">Rows analysed so far.</param>
    public void Update(long bytesRead, long rows)
    {
        var now = _time.GetTimestamp();
        if (_time.GetElapsedTime(_started, now) < Delay || (IsShown && _time.GetElapsedTime(_lastDrawn, now) < Interval))
        {
            return;
        }

        _lastDrawn = now;
        var fraction = Math.Clamp((double)bytesRead / _totalBytes, 0, 1);
        var filled = (int)(fraction * BarWidth);
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{_label} [{new string('#', filled)}{new string('.', BarWidth - filled)}] {fraction * 100,3:0}%  {rows:N0} rows");
        // Pad over the end of a longer previous line.
        _writer.Write("\r" + line.PadRight(_drawnLength));
        _writer.Flush();
        _drawnLength = Math.Max(_drawnLength, line.Length);
    }

    /// <summary>Blanks the bar's line, if it was shown.</summary>
    public void Clear()
    {
        if (!IsShown)
        {
            return;
        }

        _writer.Write("\r" + new string(' ', _drawnLength) + "\r");
        _writer.Flush();
        _drawnLength = 0;
    }
}
