namespace Nunchi.Core.Scenarios;

/// <summary>How an injected event changes the data.</summary>
internal enum EventEffect
{
    /// <summary>Adds the magnitude (times the shape) to the value.</summary>
    Add,

    /// <summary>Multiplies the value by 1 + (magnitude − 1) × shape.</summary>
    Multiply,

    /// <summary>Multiplies the process noise by the magnitude (the model reads it).</summary>
    NoiseScale,

    /// <summary>Repeats the last emitted value.</summary>
    Stuck,

    /// <summary>The group emits no rows.</summary>
    Missing,

    /// <summary>The group runs although its schedule says stop (the model reads it).</summary>
    ForceOn,

    /// <summary>Handled entirely by the model (a planned product change).</summary>
    ModelOnly,
}
