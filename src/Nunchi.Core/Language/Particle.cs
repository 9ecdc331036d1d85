namespace Nunchi.Core.Language;

/// <summary>A Korean particle whose form depends on whether the word before it ends in a consonant (받침).</summary>
public enum Particle
{
    /// <summary>Topic marker 은/는.</summary>
    Topic,

    /// <summary>Subject marker 이/가.</summary>
    Subject,

    /// <summary>Direct-object marker 을/를.</summary>
    DirectObject,

    /// <summary>Direction or means 으로/로; words ending in ㄹ take 로 (일로, 칠로).</summary>
    Direction,

    /// <summary>Conjunction "and" 과/와.</summary>
    And,

    /// <summary>Polite copula 이에요/예요.</summary>
    Copula,

    /// <summary>"Or" 이나/나.</summary>
    Or,

    /// <summary>Past copula 이었/였, followed by an ending: 12건이었습니다, 182.4 °C였습니다.</summary>
    PastCopula,
}
