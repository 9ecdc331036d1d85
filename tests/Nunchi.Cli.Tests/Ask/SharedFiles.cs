namespace Nunchi.Cli.Tests.Ask;

/// <summary>Files the team shares beside the repository: <c>../shared</c> seen from the repository's root.</summary>
internal static class SharedFiles
{
    /// <summary>
    /// The path of <paramref name="relative"/> under <c>../shared</c>, found from the folder holding Nunchi.slnx; where a
    /// clone has no <c>../shared</c> beside it (a CI checkout), the copy kept under <c>tests/Nunchi.Cli.Tests/Shared</c>.
    /// </summary>
    public static string Path(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Nunchi.slnx")))
        {
            directory = directory.Parent;
        }

        string root = directory?.FullName ?? throw new DirectoryNotFoundException($"no Nunchi.slnx above {AppContext.BaseDirectory}");
        var beside = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared", relative));
        return File.Exists(beside) ? beside : System.IO.Path.Combine(root, "tests", "Nunchi.Cli.Tests", "Shared", relative);
    }
}
