namespace Nunchi.Core.Language;

/// <summary>
/// Chooses the form of a Korean particle (은/는, 이/가, 을/를, 으로/로, 과/와, 이에요/예요, 이나/나, 이었/였) for any word,
/// by how the word is pronounced rather than how it is written: <c>3</c> is read 삼, <c>°C</c> 도, <c>CPU</c> 씨피유.
/// </summary>
/// <remarks>
/// <para>How a word is read, in order:</para>
/// <list type="number">
/// <item>Trailing spaces and punctuation are ignored. A trailing bracketed annotation is skipped, as the
/// National Institute of Korean Language advises (<c>서울(Seoul)은</c>); a word wholly in brackets is read inside them.</item>
/// <item>A unit after a number, or a multi-letter unit on its own, is read as Koreans say it:
/// <c>°C</c> 도, <c>%</c> 퍼센트, <c>kPa</c> 킬로파스칼, <c>rpm</c> 알피엠, <c>mm/s</c> 밀리미터 매 초 (per-units end on the
/// denominator: <c>/min</c> 분, <c>/h</c> 시, <c>/d</c> 일). Single letters are units only after a number
/// (<c>3 A</c> 암페어, <c>Line A</c> 에이). <c>g</c> is read as the letter 지, as for vibration acceleration.</item>
/// <item>Hangul syllables by their final consonant (종성); compatibility jamo by their names (ㄱ 기역, ㄹ 리을).</item>
/// <item>Numbers in Sino-Korean: the last digit (0 영 … 9 구), or for a whole number ending in zeros the
/// last place named (10 십, 100 백, 1000 천, 10000 만, 10⁸ 억, 10¹² 조); after a decimal point every digit is
/// read, so <c>3.5</c> ends in 오 and <c>3.50</c> in 영.</item>
/// <item>Latin letters: a single letter or an all-capital acronym by the last letter's name (A 에이, L 엘, M 엠,
/// N 엔, R 알: only L, M, N and R end in a consonant). Other words by a loanword heuristic: endings -m, -n, -ng,
/// silent-e -me/-ne, -ck, and a short vowel before p/t/k/c (chip 칩, robot 로봇, logic 로직) end in a consonant;
/// -l and -le end in ㄹ (level 레벨, table 테이블); everything else ends in a vowel (sensor 센서, pump 펌프,
/// rate 레이트). Known misses: type 타입, web 웹.</item>
/// </list>
/// <para>When the reading cannot be determined (a symbol, an emoji) the combined form is returned, e.g. <c>이(가)</c>.
/// Thread-safe; allocation only for the returned string.</para>
/// </remarks>
public static class KoreanParticles
{
    /// <summary>Returns <paramref name="word"/> followed by the right form of <paramref name="particle"/>, e.g. <c>3호기가</c>.</summary>
    public static string With(string word, Particle particle)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word + Choose(word, particle);
    }

    /// <summary>Returns only the particle form that fits <paramref name="word"/>, e.g. <c>가</c> for <c>3호기</c>.</summary>
    public static string Choose(string word, Particle particle)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Choose(KoreanReading.Of(word), particle);
    }

    internal static string Choose(FinalSound sound, Particle particle)
    {
        var (consonant, vowel, unknown) = Forms(particle);
        return sound switch
        {
            FinalSound.Vowel => vowel,
            // ㄹ behaves like a vowel only before 으로/로 (서울로, 칠로).
            FinalSound.Rieul => particle == Particle.Direction ? vowel : consonant,
            FinalSound.Consonant => consonant,
            _ => unknown,
        };
    }

    private static (string Consonant, string Vowel, string Unknown) Forms(Particle particle) => particle switch
    {
        Particle.Topic => ("은", "는", "은(는)"),
        Particle.Subject => ("이", "가", "이(가)"),
        Particle.DirectObject => ("을", "를", "을(를)"),
        Particle.Direction => ("으로", "로", "(으)로"),
        Particle.And => ("과", "와", "과(와)"),
        Particle.Copula => ("이에요", "예요", "(이)에요"),
        Particle.Or => ("이나", "나", "(이)나"),
        Particle.PastCopula => ("이었", "였", "(이)었"),
        _ => throw new ArgumentOutOfRangeException(nameof(particle), particle, "Unknown particle."),
    };
}
