namespace Nunchi.Server.Hosting;

/// <summary>One webhook: where new findings are posted and how they are signed.</summary>
public sealed class WebhookOptions
{
    /// <summary>The URL that receives a JSON POST per finding.</summary>
    public string Url { get; set; } = "";

    /// <summary>Secret for the <c>X-Nunchi-Signature: sha256=HEX</c> HMAC of the body; unsigned when empty.</summary>
    public string? Secret { get; set; }

    /// <summary>Only findings at least this severe are sent.</summary>
    public double MinSeverity { get; set; } = 0.5;

    /// <summary>Language of the narrative in the payload: en or ko.</summary>
    public string Language { get; set; } = "en";

    /// <summary>Attempts per finding before it is given up (with exponential backoff between them).</summary>
    public int MaxAttempts { get; set; } = 6;
}
