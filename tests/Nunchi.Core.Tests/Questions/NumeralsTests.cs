using Nunchi.Core.Questions;

namespace Nunchi.Core.Tests.Questions;

public sealed class NumeralsTests
{
    [Theory]
    // Native Korean: attributive forms before a counter, standalone forms anywhere.
    [InlineData("한", 1, false)]
    [InlineData("두", 2, false)]
    [InlineData("세", 3, false)]
    [InlineData("네", 4, false)]
    [InlineData("다섯", 5, true)]
    [InlineData("열", 10, true)]
    [InlineData("열두", 12, false)]
    [InlineData("열둘", 12, true)]
    [InlineData("스무", 20, false)]
    [InlineData("스물네", 24, false)]
    [InlineData("서른여섯", 36, true)]
    [InlineData("하나", 1, true)]
    [InlineData("셋", 3, true)]
    // Sino-Korean: digits multiply the place after them; never standalone.
    [InlineData("삼", 3, false)]
    [InlineData("십", 10, false)]
    [InlineData("십이", 12, false)]
    [InlineData("이십사", 24, false)]
    [InlineData("삼십", 30, false)]
    [InlineData("백이십", 120, false)]
    public void TryKorean_Numeral_ReadsItsValue(string text, int value, bool standalone)
    {
        var question = new QuestionText(text);

        Numerals.TryKorean(question, 0, out double read, out int length, out bool alone).ShouldBeTrue();

        (read, length, alone).ShouldBe((value, question.Length, standalone));
    }

    [Theory]
    [InlineData("12", 12)]
    [InlineData("1.5", 1.5)]
    [InlineData("1,000", 1000)]
    public void TryDigits_Number_ReadsItsValue(string text, double value)
    {
        Numerals.TryDigits(new QuestionText(text), 0, out double read, out int length).ShouldBeTrue();

        (read, length).ShouldBe((value, text.Length));
    }

    [Theory]
    [InlineData("이상 있어?")] // 이 (two) + 상 is not a count
    [InlineData("오전 3호기")] // 오 (five) + 전
    [InlineData("이번 주")] // 이번 is "this"
    public void Read_SyllablesThatLookLikeNumerals_AreNotQuantities(string text)
    {
        var lexemes = QuestionLexer.Read(new QuestionText(text), FactoryVocabulary.Catalog);

        lexemes.ShouldNotContain(l => l.Kind == LexemeKind.Quantity && l.Start == 0);
    }

    [Theory]
    [InlineData("세 시간", 3, (int)Counter.Hour)]
    [InlineData("세시간", 3, (int)Counter.Hour)]
    [InlineData("한 시간 반", 1.5, (int)Counter.Hour)]
    [InlineData("열두 시간", 12, (int)Counter.Hour)]
    [InlineData("삼십 분", 30, (int)Counter.Minute)]
    [InlineData("세 시", 3, (int)Counter.OClock)]
    [InlineData("상위 세 대", 3, (int)Counter.Items)]
    [InlineData("twelve hours", 12, (int)Counter.Hour)]
    [InlineData("twenty-four hours", 24, (int)Counter.Hour)]
    [InlineData("an hour", 1, (int)Counter.Hour)]
    [InlineData("3pm", 3, (int)Counter.Pm)]
    [InlineData("3 PM", 3, (int)Counter.Pm)]
    [InlineData("18th", 18, (int)Counter.Ordinal)]
    public void Read_NumberWithCounter_IsOneQuantity(string text, double value, int counter)
    {
        var lexemes = QuestionLexer.Read(new QuestionText(text), FactoryVocabulary.Catalog);

        lexemes.ShouldContain(l => l.Kind == LexemeKind.Quantity && l.Number == value && l.Counter == (Counter)counter, text);
    }
}
