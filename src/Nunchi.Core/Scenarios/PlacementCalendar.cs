namespace Nunchi.Core.Scenarios;

/// <summary>The local working and night windows events are placed in (hours in Asia/Seoul time).</summary>
/// <param name="WorkDays">Weekday mask (<see cref="LocalClock.Days"/>) of working days.</param>
/// <param name="WorkStartHour">Start of the working window.</param>
/// <param name="WorkEndHour">End of the working window.</param>
/// <param name="NightDays">Weekday mask of days whose night (from <paramref name="NightStartHour"/> to the next day's
/// <paramref name="NightEndHour"/>) may hold a night event.</param>
/// <param name="NightStartHour">Start of the night on the first day.</param>
/// <param name="NightEndHour">End of the night on the next day.</param>
internal sealed record PlacementCalendar(
    int WorkDays,
    double WorkStartHour,
    double WorkEndHour,
    int NightDays,
    double NightStartHour,
    double NightEndHour);
