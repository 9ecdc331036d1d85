namespace Nunchi.Dashboard.Tests;

/// <summary>Where the repository's files are, seen from the test's build output.</summary>
internal static class Repository
{
    /// <summary>The folder holding Nunchi.slnx.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration these tests were built in (the CLI they run is taken from the same).</summary>
    public static string Configuration => AppContext.BaseDirectory.Contains("/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Nunchi.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException($"no Nunchi.slnx above {AppContext.BaseDirectory}");
    }
}
