namespace Nunchi.Core.Findings;

/// <summary>Which way a finding departs from the expected value.</summary>
public enum Direction
{
    /// <summary>No direction applies (missing data, a stuck sensor, a shape).</summary>
    None,

    /// <summary>Above the expected value, or increasing.</summary>
    Up,

    /// <summary>Below the expected value, or decreasing.</summary>
    Down,
}
