namespace Nunchi.Core.Questions;

/// <summary>The kinds of pieces a question is read into.</summary>
internal enum LexemeKind
{
    /// <summary>A known word (<see cref="Lexeme.Word"/>).</summary>
    Word,

    /// <summary>A name from the catalog (<see cref="Lexeme.Name"/>).</summary>
    Name,

    /// <summary>A number with what it counts: <c>3시간</c>, <c>세 대</c>, <c>3pm</c>.</summary>
    Quantity,

    /// <summary>A number on its own.</summary>
    Number,

    /// <summary>A clock time written with a colon (<see cref="Lexeme.Number"/>: minutes after midnight): <c>15:30</c>.</summary>
    ClockTime,

    /// <summary>A date written with digits: <c>2026-11-18</c>, <c>11/18</c>.</summary>
    Date,

    /// <summary>Anything else: a word the parser does not know.</summary>
    Unknown,
}
