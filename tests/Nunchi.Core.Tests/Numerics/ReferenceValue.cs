using System.Globalization;

namespace Nunchi.Core.Tests.Numerics;

/// <summary>
/// One row of ReferenceValues.csv: a function, its arguments and the correctly rounded result computed with
/// 300-bit mpmath by generate_reference_values.py.
/// </summary>
internal sealed record ReferenceValue(string Function, double X, double Y, double Expected)
{
    private static readonly Lazy<IReadOnlyList<ReferenceValue>> All = new(Load);

    /// <summary>The rows for <paramref name="function"/>.</summary>
    public static IEnumerable<ReferenceValue> For(string function) =>
        All.Value.Where(row => row.Function == function);

    private static List<ReferenceValue> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Numerics", "ReferenceValues.csv");
        var rows = new List<ReferenceValue>();
        foreach (string line in File.ReadLines(path).Skip(1))
        {
            string[] fields = line.Split(',');
            rows.Add(new ReferenceValue(
                fields[0],
                double.Parse(fields[1], CultureInfo.InvariantCulture),
                double.Parse(fields[2], CultureInfo.InvariantCulture),
                double.Parse(fields[3], CultureInfo.InvariantCulture)));
        }

        return rows;
    }
}
