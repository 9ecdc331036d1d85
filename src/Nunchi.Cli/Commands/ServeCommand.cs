using System.CommandLine;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Nunchi.Server.Hosting;

namespace Nunchi.Cli.Commands;

/// <summary>`nunchi serve`: the server, on loopback and the embedded store by default.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var data = OptionText.Create("--data", "Data directory (default ~/.local/share/nunchi).", "DIR");
        var urls = OptionText.Create("--urls", $"Where to listen (default {NunchiServerOptions.DefaultUrl}); off loopback, Nunchi__WriteToken and Nunchi__ReadToken must be set.", "URL");
        var demo = OptionText.Flag("--demo", "Stream the demo factory into the store: three weeks of history at once, then live.");
        var speed = OptionText.Create("--speed", "Demo speed: simulated seconds per real second (default 1).", "N");
        var stray = OptionText.Stray();
        var command = new Command("serve", "Run the server: InfluxDB-compatible ingest, live analysis, findings API, dashboard.")
        {
            data, urls, demo, speed, stray,
        };
        command.SetAction(int (parseResult) =>
        {
            var unknown = OptionText.Unknown(parseResult, stray);
            if (unknown.Count > 0)
            {
                throw new CliException($"unknown argument '{unknown[0]}' (see 'nunchi serve --help')", 2);
            }

            double demoSpeed = 1;
            string? speedText = OptionText.Value(parseResult, speed);
            if (speedText is not null && (!double.TryParse(speedText, NumberStyles.Float, CultureInfo.InvariantCulture, out demoSpeed) || demoSpeed is <= 0 or > 100_000))
            {
                throw new CliException($"--speed '{speedText}' is not valid: expected a number from 0 to 100000", 2);
            }

            var args = new List<string>();
            if (OptionText.Value(parseResult, urls) is { } url)
            {
                args.Add("--urls");
                args.Add(url);
            }

            return Run([.. args], OptionText.Value(parseResult, data), parseResult.GetValue(demo), demoSpeed, parseResult.InvocationConfiguration.Output);
        });
        return command;
    }

    private static int Run(string[] args, string? dataDirectory, bool demo, double speed, TextWriter output)
    {
        WebApplication app;
        try
        {
            app = NunchiServer.Build(args, options =>
            {
                if (dataDirectory is not null)
                {
                    options.DataDirectory = dataDirectory;
                }

                options.Demo |= demo;
                options.DemoSpeed = demo ? speed : options.DemoSpeed;
                options.DemoHistoryDays = 21;
            });
        }
        catch (InvalidOperationException e)
        {
            throw new CliException(e.Message, 2);
        }

        using (app)
        {
            app.Lifetime.ApplicationStarted.Register(() =>
            {
                var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<NunchiServerOptions>>().Value;
                output.WriteLine($"Nunchi is listening on {string.Join(", ", app.Urls)}");
                output.WriteLine($"  data:    {options.ResolvedDataDirectory()}");
                output.WriteLine($"  write:   curl -XPOST '{app.Urls.First()}/write' --data-binary 'machine,line=L1 temperature=61.2'");
                output.WriteLine($"  read:    {app.Urls.First()}/api/v1/findings   live: {app.Urls.First()}/api/v1/live");
                output.WriteLine(demo ? "  demo:    the factory streams in; findings appear within a minute" : "  stop:    Ctrl+C");
            });
            try
            {
                app.Run();
            }
            catch (IOException e)
            {
                throw new CliException($"cannot listen: {e.Message}", 1);
            }
        }

        return 0;
    }
}
