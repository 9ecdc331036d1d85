using System.IO.Compression;

namespace Nunchi.Engine.Analysis;

/// <summary>
/// Compresses analyzer states for checkpoints: they hold noisy floating-point profiles that Brotli at its fastest
/// level still halves (about 7 KB to 3.5 KB a series), which matters when there are tens of thousands of series.
/// </summary>
internal static class CheckpointCodec
{
    // The first byte says how the rest is encoded, so another encoding can be added without breaking old data.
    private const byte Brotli = 1;

    public static byte[] Compress(byte[] state)
    {
        using var output = new MemoryStream(state.Length / 2 + 16);
        output.WriteByte(Brotli);
        using (var brotli = new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(state);
        }

        return output.ToArray();
    }

    /// <exception cref="InvalidDataException">The checkpoint is damaged or in an unknown encoding.</exception>
    public static byte[] Decompress(byte[] checkpoint)
    {
        if (checkpoint.Length == 0 || checkpoint[0] != Brotli)
        {
            throw new InvalidDataException("The analyzer checkpoint is in an unknown encoding.");
        }

        try
        {
            using var input = new MemoryStream(checkpoint, 1, checkpoint.Length - 1, writable: false);
            using var brotli = new BrotliStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream(checkpoint.Length * 3);
            brotli.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidOperationException e)
        {
            // BrotliStream reports corrupt input this way.
            throw new InvalidDataException("The analyzer checkpoint is damaged.", e);
        }
    }
}
