namespace Nunchi.Core.Scenarios;

/// <summary>When in the day an event may be placed.</summary>
internal enum EventPlacement
{
    /// <summary>Any time.</summary>
    Anywhere,

    /// <summary>Inside the working window of a working day (production, business hours), where the series is busy.</summary>
    WorkingHours,

    /// <summary>The whole off-hours window of a night (e.g. 22:00 to 06:00), where the series is normally quiet.</summary>
    Night,
}
