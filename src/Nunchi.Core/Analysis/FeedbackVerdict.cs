namespace Nunchi.Core.Analysis;

/// <summary>What a person said about a finding.</summary>
public enum FeedbackVerdict
{
    /// <summary>"정상이에요 / not an anomaly": similar future events should score lower.</summary>
    NotAnomaly,

    /// <summary>"맞아요 / confirmed": the finding was right.</summary>
    Confirmed,
}
