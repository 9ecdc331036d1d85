using Nunchi.Server.Hosting;

try
{
    var app = NunchiServer.Build(args);
    await app.RunAsync();
    return 0;
}
catch (InvalidOperationException e)
{
    // Settings that must not run (e.g. listening on a network without tokens): one line, no stack trace.
    Console.Error.WriteLine($"nunchi: {e.Message}");
    return 2;
}

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in tests.</summary>
public partial class Program;
