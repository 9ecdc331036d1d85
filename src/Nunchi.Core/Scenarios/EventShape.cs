namespace Nunchi.Core.Scenarios;

/// <summary>How an event's strength evolves over its span.</summary>
internal enum EventShape
{
    /// <summary>Full strength throughout.</summary>
    Constant,

    /// <summary>Full strength at the first sample, then ×0.7 per sample (a knock that rings down).</summary>
    Decaying,

    /// <summary>Grows linearly: the magnitude is per hour since the start (a drift).</summary>
    Ramp,
}
