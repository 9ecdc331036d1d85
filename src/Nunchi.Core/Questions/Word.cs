namespace Nunchi.Core.Questions;

/// <summary>A known word: its class and detail.</summary>
/// <param name="Class">What it does.</param>
/// <param name="Value">Its detail, per <see cref="WordClass"/>.</param>
internal readonly record struct Word(WordClass Class, int Value = 0)
{
    /// <summary>The value of a <see cref="WordClass.Duration"/>: an amount of a unit.</summary>
    public static int Span(int amount, Counter unit) => (amount * 16) + (int)unit;

    /// <summary>The amount and unit of a <see cref="WordClass.Duration"/>.</summary>
    public (int Amount, Counter Unit) AsSpan => (Value / 16, (Counter)(Value % 16));
}
