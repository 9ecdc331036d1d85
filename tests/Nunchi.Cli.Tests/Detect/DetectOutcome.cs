namespace Nunchi.Cli.Tests.Detect;

/// <summary>What one `nunchi detect` run returned and printed.</summary>
internal sealed record DetectOutcome(int Exit, string Output, string Error);
