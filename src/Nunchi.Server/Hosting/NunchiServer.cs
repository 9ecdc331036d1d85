using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Nunchi.Server.Alerts;
using Nunchi.Server.Api;
using Nunchi.Server.Dashboard;
using Nunchi.Server.Demo;
using Nunchi.Server.Ingest;
using Nunchi.Server.Live;
using Nunchi.Server.Observability;
using Nunchi.Server.Security;

namespace Nunchi.Server.Hosting;

/// <summary>Builds the Nunchi web application: what <c>nunchi serve</c> and the server executable run.</summary>
public static class NunchiServer
{
    /// <summary>
    /// Builds the application from <paramref name="args"/> (ASP.NET Core's: <c>--urls</c>, plus <c>--data DIR</c>),
    /// appsettings.json and <c>Nunchi__*</c> environment variables, then <paramref name="configure"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The settings are unsafe or invalid (the message is one line).</exception>
    public static WebApplication Build(string[] args, Action<NunchiServerOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = DashboardFiles.WebRoot,
        });
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--data"] = $"{NunchiServerOptions.Section}:{nameof(NunchiServerOptions.DataDirectory)}",
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(NunchiServerOptions.DefaultUrl);
        }

        var options = new NunchiServerOptions();
        builder.Configuration.GetSection(NunchiServerOptions.Section).Bind(options);
        configure?.Invoke(options);
        ListenCheck.Validate(builder.Configuration["urls"] ?? NunchiServerOptions.DefaultUrl, options);
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(ConfiguredAliases.Load(options.AliasesFile));
        builder.Services.AddSingleton<EngineHost>();
        builder.Services.AddHostedService(services => services.GetRequiredService<EngineHost>());
        builder.Services.AddHttpClient("webhooks", client => client.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddHostedService<WebhookDispatcher>();
        builder.Services.AddHostedService<DemoStreamer>();
        builder.Services.AddSingleton<PointFeed>();
        builder.Services.AddHealthChecks().AddCheck<EngineReadyCheck>("engine", tags: ["ready"]);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json => ApiJson.Configure(json.SerializerOptions));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            kestrel.AddServerHeader = false;
        });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDashboard();
        var configured = Options.Create(options);
        app.MapInfluxWrite(configured);
        app.MapInfluxQuery(configured);
        app.MapJsonPoints(configured);
        app.MapCsvImport(configured);
        app.MapSeries(configured);
        app.MapOverview(configured);
        app.MapFindings(configured);
        app.MapSeriesAliases(configured);
        app.MapAsk(configured);
        app.MapLive(configured);
        app.MapMetrics();
        app.MapFlush(configured);
        app.MapHealthChecks("/healthz", new() { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new() { Predicate = check => check.Tags.Contains("ready") });
        app.MapOpenApi();
        return app;
    }
}
