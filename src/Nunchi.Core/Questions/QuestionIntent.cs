namespace Nunchi.Core.Questions;

/// <summary>What a question asks for (CONVENTIONS.md: <c>intent</c>).</summary>
public enum QuestionIntent
{
    /// <summary>Not a question about the data: answered politely with what can be asked.</summary>
    Unknown,

    /// <summary>Plot or list values.</summary>
    Show,

    /// <summary>Findings in a range; with <see cref="QuestionAggregation.Count"/> when asked how many.</summary>
    Anomalies,

    /// <summary>Why something happened: the findings' explanation facts, or what the data did.</summary>
    Explain,

    /// <summary>Expected values and intervals ahead.</summary>
    Forecast,

    /// <summary>One aggregate per series.</summary>
    Stats,

    /// <summary>Several series side by side.</summary>
    Compare,

    /// <summary>Machines ranked by finding count or an aggregate.</summary>
    Top,
}
