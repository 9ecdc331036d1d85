using System.CommandLine;
using Nunchi.Cli.Commands;

namespace Nunchi.Cli.Tests.Detect;

/// <summary>Runs `nunchi detect` in-process on files in a temporary folder, capturing what it prints.</summary>
internal sealed class DetectHarness : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("nunchi-detect-");

    public void Dispose() => _directory.Delete(recursive: true);

    /// <summary>The full path of <paramref name="name"/> in the temporary folder.</summary>
    public string PathOf(string name) => Path.Combine(_directory.FullName, name);

    /// <summary>Writes <paramref name="content"/> (UTF-8, no byte order mark) and returns its path.</summary>
    public string Write(string name, string content)
    {
        var path = PathOf(name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Runs through <see cref="CliRunner"/>, as the real program does, with the working folder's files.</summary>
    public static DetectOutcome Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliRunner.Run(DetectCommand.Create(), args, new InvocationConfiguration { Output = output, Error = error });
        return new DetectOutcome(exit, output.ToString(), error.ToString());
    }

    /// <summary>The lines of a scores file.</summary>
    public string[] Lines(string name) => File.ReadAllLines(PathOf(name));
}
