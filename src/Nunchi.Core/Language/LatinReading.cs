namespace Nunchi.Core.Language;

/// <summary>How Koreans end the reading of a Latin-letter word: letter names for acronyms, loanword habits for words.</summary>
internal static class LatinReading
{
    /// <summary>The final sound of the trailing run of Latin letters in <paramref name="s"/>.</summary>
    public static FinalSound Of(ReadOnlySpan<char> s)
    {
        int start = s.Length;
        while (start > 0 && char.IsAsciiLetter(s[start - 1]))
            start--;
        var run = s[start..];
        if (run.IsEmpty)
            return FinalSound.Unknown;

        // A single letter or an all-capital acronym is spelled out: CPU 씨피유, PLC 피엘씨, HMI 에이치엠아이.
        if (run.Length == 1 || !run.ContainsAnyInRange('a', 'z'))
            return OfLetterName(run[^1]);
        return OfWord(run);
    }

    // Letter names: 에이 비 씨 디 이 에프 지 에이치 아이 제이 케이 엘 엠 엔 오 피 큐 알 에스 티 유 브이 더블유 엑스 와이 제트.
    private static FinalSound OfLetterName(char letter) => char.ToUpperInvariant(letter) switch
    {
        'L' or 'R' => FinalSound.Rieul,
        'M' or 'N' => FinalSound.Consonant,
        _ => FinalSound.Vowel,
    };

    // Korean loanword spelling (외래어 표기법) keeps a final consonant after nasals, l, and a short vowel before
    // a voiceless stop; other final consonants get a vowel 으 added (pump 펌프, tag 태그) and r is silent (sensor 센서).
    private static FinalSound OfWord(ReadOnlySpan<char> run)
    {
        char a = char.ToLowerInvariant(run[^1]);
        char b = run.Length >= 2 ? char.ToLowerInvariant(run[^2]) : '\0';
        char c = run.Length >= 3 ? char.ToLowerInvariant(run[^3]) : '\0';

        if (a is 'm' or 'n' || (a == 'g' && b == 'n'))
            return FinalSound.Consonant; // system 시스템, motion 모션, ring 링
        if (a == 'l' || (a == 'e' && b == 'l'))
            return FinalSound.Rieul; // level 레벨, table 테이블, file 파일
        if (a == 'e' && b is 'm' or 'n')
            return FinalSound.Consonant; // silent e: time 타임, line 라인
        if (a == 'k' && b == 'c')
            return FinalSound.Consonant; // rack 랙, clock 클록
        if (a is 'p' or 't' or 'k' or 'c' && IsVowel(b) && !IsVowel(c))
            return FinalSound.Consonant; // chip 칩, robot 로봇, output 아웃풋, logic 로직; but heat 히트, boot 부트
        return FinalSound.Vowel;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
