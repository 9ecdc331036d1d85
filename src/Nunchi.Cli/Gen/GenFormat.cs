namespace Nunchi.Cli.Gen;

/// <summary>How `nunchi gen` writes the data.</summary>
internal enum GenFormat
{
    /// <summary>InfluxDB line protocol, one line per group and timestamp.</summary>
    LineProtocol,

    /// <summary>Wide CSV, one line per timestamp and one column per series.</summary>
    Csv,
}
