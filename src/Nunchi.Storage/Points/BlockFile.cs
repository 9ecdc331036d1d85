using Microsoft.Win32.SafeHandles;

namespace Nunchi.Storage.Points;

/// <summary>One file of blocks, open for reading (and, for the newest, for appending).</summary>
internal sealed class BlockFile(int number, string path, SafeFileHandle handle, long length)
{
    /// <summary>The file's number; files are written in this order.</summary>
    public int Number { get; } = number;

    /// <summary>Full path.</summary>
    public string Path { get; } = path;

    /// <summary>The open handle (positional reads and writes).</summary>
    public SafeFileHandle Handle { get; } = handle;

    /// <summary>Bytes of intact blocks.</summary>
    public long Length { get; set; } = length;

    /// <summary>Bytes of the blocks still in the index (retention drops the others).</summary>
    public long LiveBytes { get; set; }

    /// <summary>Whether writes since the last fsync are pending.</summary>
    public bool Dirty { get; set; }

    /// <summary>The file name of block file <paramref name="number"/>.</summary>
    public static string FileName(int number) => number.ToString("D8", System.Globalization.CultureInfo.InvariantCulture) + ".blk";

    /// <summary>Parses a block file name; false when the file is not one.</summary>
    public static bool TryParseFileName(string fileName, out int number)
    {
        number = 0;
        return fileName.EndsWith(".blk", StringComparison.Ordinal)
            && int.TryParse(fileName.AsSpan(0, fileName.Length - 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out number);
    }
}
