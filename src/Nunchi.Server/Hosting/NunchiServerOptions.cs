namespace Nunchi.Server.Hosting;

/// <summary>Settings of <c>nunchi serve</c>: section <c>Nunchi</c> of appsettings.json, or <c>Nunchi__Key</c> variables.</summary>
public sealed class NunchiServerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Nunchi";

    /// <summary>The address the server listens on unless <c>--urls</c> says otherwise: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:8070";

    /// <summary>The data directory; default <c>$XDG_DATA_HOME/nunchi</c> or <c>~/.local/share/nunchi</c>.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Token a client must present (Bearer or InfluxDB <c>Token</c>) to write; required off loopback.</summary>
    public string? WriteToken { get; set; }

    /// <summary>Token a client must present to read; the write token also reads. Required off loopback.</summary>
    public string? ReadToken { get; set; }

    /// <summary>Largest request body accepted, in bytes (after gzip decompression).</summary>
    public long MaxBodyBytes { get; set; } = 64L << 20;

    /// <summary>Longest line protocol line accepted, in bytes.</summary>
    public int MaxLineBytes { get; set; } = 64 << 10;

    /// <summary>Most series the store accepts.</summary>
    public int MaxSeries { get; set; } = 100_000;

    /// <summary>Default retention in days; 0 keeps everything.</summary>
    public double RetentionDays { get; set; }

    /// <summary>Most points accepted and not yet analysed before ingest answers "busy, retry after".</summary>
    public int MaxPendingPoints { get; set; } = 2_000_000;

    /// <summary>Seconds between analyzer checkpoints.</summary>
    public double CheckpointSeconds { get; set; } = 30;

    /// <summary>Stream the factory scenario live into the store (<c>nunchi serve --demo</c>).</summary>
    public bool Demo { get; set; }

    /// <summary>Demo speed: simulated seconds per real second.</summary>
    public double DemoSpeed { get; set; } = 600;

    /// <summary>Simulated days the demo replays at full speed before it goes live, so analyzers have learned.</summary>
    public double DemoHistoryDays { get; set; } = 14;

    /// <summary>
    /// An aliases file (the JSON <c>nunchi gen</c> writes as <c>NAME.aliases.json</c>, or a hand-written part of it) whose
    /// names are given to the catalog's series at start and to new series as they come, so questions can use them.
    /// </summary>
    public string? AliasesFile { get; set; }

    /// <summary>Webhooks to call for every new finding.</summary>
    public IList<WebhookOptions> Webhooks { get; } = [];

    /// <summary>The data directory to use, resolving the default.</summary>
    public string ResolvedDataDirectory()
    {
        if (!string.IsNullOrWhiteSpace(DataDirectory))
        {
            return Path.GetFullPath(DataDirectory);
        }

        string? xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        string root = string.IsNullOrEmpty(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
            : xdg;
        return Path.Combine(root, "nunchi");
    }
}
