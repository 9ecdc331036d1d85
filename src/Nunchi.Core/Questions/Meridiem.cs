namespace Nunchi.Core.Questions;

/// <summary>Whether an hour was said to be before or after noon.</summary>
internal enum Meridiem
{
    /// <summary>Not said: 1–6 are taken as afternoon (working hours), 7–12 as morning, 13–24 as written.</summary>
    None,

    /// <summary>오전, 새벽, am.</summary>
    Am,

    /// <summary>오후, 저녁, 밤, pm.</summary>
    Pm,
}
