using Microsoft.Win32.SafeHandles;

namespace Nunchi.Storage.Points;

/// <summary>One write-ahead log file: records with LSNs from <see cref="FirstLsn"/> up to the next segment's first.</summary>
internal sealed class LogSegment(long firstLsn, string path, long length)
{
    /// <summary>The LSN the file is named after; its records have this LSN or higher.</summary>
    public long FirstLsn { get; } = firstLsn;

    /// <summary>Full path of the file.</summary>
    public string Path { get; } = path;

    /// <summary>Bytes of intact records.</summary>
    public long Length { get; set; } = length;

    /// <summary>The open handle while this is the segment being written, else null.</summary>
    public SafeFileHandle? Handle { get; set; }

    /// <summary>The file name of a segment starting at <paramref name="firstLsn"/>, sortable as text.</summary>
    public static string FileName(long firstLsn) => firstLsn.ToString("D20", System.Globalization.CultureInfo.InvariantCulture) + ".wal";

    /// <summary>Parses a segment file name; false when the file is not a segment.</summary>
    public static bool TryParseFileName(string fileName, out long firstLsn)
    {
        firstLsn = 0;
        return fileName.EndsWith(".wal", StringComparison.Ordinal)
            && long.TryParse(fileName.AsSpan(0, fileName.Length - 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out firstLsn);
    }
}
