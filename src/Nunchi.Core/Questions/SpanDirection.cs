namespace Nunchi.Core.Questions;

/// <summary>How a duration in a question relates to now.</summary>
internal enum SpanDirection
{
    /// <summary>Nothing said: back from now, or ahead for a forecast.</summary>
    None,

    /// <summary>지난, last: the span up to now.</summary>
    Past,

    /// <summary>앞으로, next: the span from now.</summary>
    Future,

    /// <summary>전, ago: a moment that long before now.</summary>
    Ago,

    /// <summary>후, later: a moment that long after now.</summary>
    Later,
}
