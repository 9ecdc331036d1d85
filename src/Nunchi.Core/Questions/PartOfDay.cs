namespace Nunchi.Core.Questions;

/// <summary>Parts of a day as people name them; each is a local-time range.</summary>
internal enum PartOfDay
{
    /// <summary>새벽, early morning: 00:00–06:00.</summary>
    Dawn,

    /// <summary>오전, 아침, morning: 00:00–12:00 (CONVENTIONS: this morning is today 00:00 → 12:00); before an hour, a.m.</summary>
    Morning,

    /// <summary>오후, afternoon: 12:00–18:00; before an hour, p.m.</summary>
    Afternoon,

    /// <summary>저녁, evening: 18:00–24:00.</summary>
    Evening,

    /// <summary>밤, night: 18:00–06:00 the next day.</summary>
    Night,
}
