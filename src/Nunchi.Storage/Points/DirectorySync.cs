using System.Runtime.InteropServices;

namespace Nunchi.Storage.Points;

/// <summary>Makes the creation and deletion of files in a directory durable.</summary>
/// <remarks>
/// On Linux a new file's directory entry is durable only once the directory itself is fsynced. .NET refuses to open
/// a directory as a file (UnauthorizedAccessException), so this calls libc open/fsync/close directly. Windows
/// (NTFS journals metadata) and macOS need nothing here.
/// </remarks>
internal static partial class DirectorySync
{
    /// <summary>fsyncs <paramref name="directory"/> on Linux; does nothing elsewhere.</summary>
    /// <exception cref="IOException">The directory could not be opened or synced.</exception>
    public static void Flush(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fd = Open(directory, 0);
        if (fd < 0)
        {
            throw new IOException($"Cannot open directory {directory} to sync it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Fsync(fd) != 0)
            {
                throw new IOException($"fsync of directory {directory} failed (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
