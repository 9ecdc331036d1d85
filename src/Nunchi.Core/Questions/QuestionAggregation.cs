namespace Nunchi.Core.Questions;

/// <summary>An aggregate a question asks for (CONVENTIONS.md: <c>aggregation</c>).</summary>
public enum QuestionAggregation
{
    /// <summary>The arithmetic mean.</summary>
    Mean,

    /// <summary>The smallest value.</summary>
    Min,

    /// <summary>The largest value.</summary>
    Max,

    /// <summary>How many: findings for anomalies and top, points for stats.</summary>
    Count,
}
