namespace Nunchi.Core.Questions;

/// <summary>Which end of a ranking a question asks for.</summary>
public enum RankOrder
{
    /// <summary>The highest or most first.</summary>
    Descending,

    /// <summary>The lowest or fewest first.</summary>
    Ascending,
}
