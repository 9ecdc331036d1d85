namespace Nunchi.Core.Questions;

/// <summary>The time range a question is about, half-open [<see cref="FromMs"/>, <see cref="ToMs"/>), and how to say it.</summary>
/// <param name="FromMs">Start, Unix milliseconds.</param>
/// <param name="ToMs">End (exclusive), Unix milliseconds.</param>
/// <param name="Korean">An adverbial in Korean: <c>지난주</c>, <c>지난 3시간 동안</c>, <c>어제 오후 3시</c>.</param>
/// <param name="English">An adverbial in English: <c>last week</c>, <c>over the last 3 hours</c>, <c>yesterday at 15:00</c>.</param>
/// <param name="Said">False when the question named no time and the default range was taken.</param>
public sealed record TimePeriod(long FromMs, long ToMs, string Korean, string English, bool Said = true)
{
    /// <summary>True when the words point ahead of now (앞으로, next, tomorrow): nothing of it has happened yet.</summary>
    public bool Ahead { get; init; }
}
