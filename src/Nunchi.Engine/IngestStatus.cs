namespace Nunchi.Engine;

/// <summary>What happened to a batch handed to the engine.</summary>
public enum IngestStatus
{
    /// <summary>Durable and queued for analysis.</summary>
    Accepted,

    /// <summary>Refused, nothing stored: too many points wait for analysis. Retry later.</summary>
    Busy,
}
