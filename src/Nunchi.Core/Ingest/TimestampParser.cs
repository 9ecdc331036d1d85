namespace Nunchi.Core.Ingest;

/// <summary>
/// Reads timestamps in the forms real exports use and returns Unix milliseconds (UTC): ISO 8601 date-times and
/// dates, and Unix epoch numbers in seconds, milliseconds, microseconds or nanoseconds.
/// </summary>
/// <remarks>
/// <para>Forms: <c>2024-01-05T10:00:00Z</c>, <c>2024-01-05 10:00:00</c>, <c>2024-01-05T10:00</c>,
/// <c>2024-01-05 10:00:00.123456</c>, <c>2024-01-05T10:00:00+09:00</c> (also <c>+0900</c>, <c>+09</c>),
/// <c>2024-01-05</c>, and numbers such as <c>1704448800</c>, <c>1704448800.5</c>, <c>1704448800123</c>.
/// Leading and trailing spaces and tabs are ignored. Fractions past the millisecond are truncated
/// (floored); years 0001–9999.</para>
/// <para>A text without an offset is a wall-clock time in <see cref="TimeZone"/>; on a daylight-saving change an
/// ambiguous time takes the earlier instant and a time inside the gap is shifted forward by the gap
/// (see <see cref="LocalTimeConverter"/>).</para>
/// <para>The epoch unit comes from the magnitude of a number (<see cref="EpochUnitFor"/>). An instance decides it
/// once, from the first number it reads, and keeps it, so that a file whose first timestamps are small is not read in
/// two units; the static methods decide it per call. An instance caches zone offsets and is not thread-safe;
/// it allocates nothing per call.</para>
/// </remarks>
public sealed class TimestampParser
{
    private readonly LocalTimeConverter _converter;
    private IsoDateCache _dateCache;

    /// <summary>Creates a parser for wall times in <paramref name="timeZone"/>.</summary>
    /// <param name="timeZone">The zone of texts without an offset.</param>
    /// <param name="epochUnit">The unit of epoch numbers; null to decide it from the first number read.</param>
    public TimestampParser(TimeZoneInfo timeZone, EpochUnit? epochUnit = null)
    {
        _converter = new LocalTimeConverter(timeZone);
        EpochUnit = epochUnit;
    }

    /// <summary>The zone of texts without an offset.</summary>
    public TimeZoneInfo TimeZone => _converter.Zone;

    /// <summary>The unit of epoch numbers: given, or decided by the first number read; null until then.</summary>
    public EpochUnit? EpochUnit { get; private set; }

    /// <summary>Parses one timestamp from UTF-8 text.</summary>
    /// <returns>False when the text is not one of the accepted forms or lies outside years 0001–9999.</returns>
    public bool TryParse(ReadOnlySpan<byte> utf8, out long unixMs)
    {
        var text = Trim(utf8);
        if (IsoTimestamp.TryParse(text, ref _dateCache, out var wallMs, out var hasOffset, out var offsetMinutes))
        {
            unixMs = hasOffset ? wallMs - (offsetMinutes * 60_000L) : _converter.ToUnixMs(wallMs);
            return unixMs is >= EpochNumber.MinUnixMs and <= EpochNumber.MaxUnixMs;
        }

        if (EpochNumber.TryParse(text, out var number))
        {
            EpochUnit ??= EpochUnitFor(number.Magnitude);
            return number.TryToUnixMs(EpochUnit.Value, out unixMs);
        }

        unixMs = 0;
        return false;
    }

    /// <summary>Parses one timestamp from UTF-16 text (e.g. a command-line value).</summary>
    /// <returns>False when the text is not one of the accepted forms, not ASCII, or longer than 64 characters.</returns>
    public bool TryParse(ReadOnlySpan<char> text, out long unixMs)
    {
        Span<byte> utf8 = stackalloc byte[64];
        if (text.Length > utf8.Length)
        {
            unixMs = 0;
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > 0x7F)
            {
                unixMs = 0;
                return false;
            }

            utf8[i] = (byte)text[i];
        }

        return TryParse(utf8[..text.Length], out unixMs);
    }

    /// <summary>Parses one timestamp; an epoch number's unit comes from its own magnitude.</summary>
    /// <param name="utf8">The text as UTF-8.</param>
    /// <param name="timeZone">The zone of a text without an offset.</param>
    /// <param name="unixMs">Unix milliseconds (UTC).</param>
    public static bool TryParseTimestamp(ReadOnlySpan<byte> utf8, TimeZoneInfo timeZone, out long unixMs) =>
        new TimestampParser(timeZone).TryParse(utf8, out unixMs);

    /// <summary>Parses one timestamp; an epoch number's unit comes from its own magnitude.</summary>
    /// <param name="text">The text, e.g. a <c>--from</c> value.</param>
    /// <param name="timeZone">The zone of a text without an offset.</param>
    /// <param name="unixMs">Unix milliseconds (UTC).</param>
    public static bool TryParseTimestamp(ReadOnlySpan<char> text, TimeZoneInfo timeZone, out long unixMs) =>
        new TimestampParser(timeZone).TryParse(text, out unixMs);

    /// <summary>The unit of an epoch number of the given magnitude.</summary>
    /// <remarks>
    /// Below 1e11 seconds (up to year 5138), below 1e14 milliseconds, below 1e17 microseconds, else nanoseconds:
    /// the ranges of present-day times in each unit are orders of magnitude apart.
    /// </remarks>
    public static EpochUnit EpochUnitFor(double magnitude)
    {
        magnitude = Math.Abs(magnitude);
        return magnitude switch
        {
            < 1e11 => Ingest.EpochUnit.Seconds,
            < 1e14 => Ingest.EpochUnit.Milliseconds,
            < 1e17 => Ingest.EpochUnit.Microseconds,
            _ => Ingest.EpochUnit.Nanoseconds,
        };
    }

    internal static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && (text[start] == ' ' || text[start] == '\t'))
        {
            start++;
        }

        while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        {
            end--;
        }

        return text[start..end];
    }
}
