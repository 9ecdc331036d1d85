using System.CommandLine;
using Nunchi.Cli.Commands;

var root = new RootCommand("Nunchi: self-hosted anomaly detection for time series.")
{
    DetectCommand.Create(),
    GenCommand.Create(),
    BenchCommand.Create(),
    ServeCommand.Create(),
    ImportCommand.Create(),
    AskCommand.Create(),
};

return CliRunner.Run(root, args);
