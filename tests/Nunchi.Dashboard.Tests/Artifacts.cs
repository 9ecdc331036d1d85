namespace Nunchi.Dashboard.Tests;

/// <summary>Where the tests leave what a person should look at: screenshots of each view and the measured figures.</summary>
internal static class Artifacts
{
    /// <summary><c>artifacts/</c> beside the test assembly, or <c>$NUNCHI_ARTIFACTS</c>.</summary>
    public static string Folder { get; } = Create();

    public static string PathOf(string name) => Path.Combine(Folder, name);

    private static string Create()
    {
        string folder = Environment.GetEnvironmentVariable("NUNCHI_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
