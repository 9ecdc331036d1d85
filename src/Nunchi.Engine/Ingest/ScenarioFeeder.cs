using Nunchi.Core.Questions;
using Nunchi.Core.Scenarios;
using Nunchi.Storage;

namespace Nunchi.Engine.Ingest;

/// <summary>
/// Feeds a generated scenario (e.g. the demo factory) into the engine in time order: registers its series with
/// units and names, then ingests every row up to a given time.
/// </summary>
public sealed class ScenarioFeeder
{
    private const int BatchPoints = 20_000;
    private readonly NunchiEngine _engine;
    private readonly ScenarioReader _reader;
    private readonly int[] _ids;
    private readonly StoredPoint[] _batch = new StoredPoint[BatchPoints + 1024];
    private bool _hasRow;
    private bool _ended;

    /// <summary>Registers the scenario's series: unit, and the names its aliases file holds (<see cref="AliasBook.From"/>) as aliases.</summary>
    public ScenarioFeeder(NunchiEngine engine, IScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(scenario);
        _engine = engine;
        _reader = scenario.CreateReader();
        _ids = new int[scenario.Series.Count];
        var aliases = AliasBook.From(scenario);
        foreach (var series in scenario.Series)
        {
            if (engine.Catalog.GetOrAdd(series.Key, out int id) == CatalogStatus.CardinalityLimit)
            {
                throw new InvalidOperationException($"series limit reached: the scenario's series '{series.Key}' was not created");
            }

            _ids[series.Index] = id;
            engine.Catalog.SetUnit(id, series.Unit);
            engine.Catalog.AddAliases(id, aliases.For(series.Key));
        }
    }

    /// <summary>The timestamp of the next row not yet fed, or null when the scenario has ended.</summary>
    public long? NextTimestampMs
    {
        get
        {
            Advance();
            return _ended ? null : _reader.TimestampMs;
        }
    }

    /// <summary>Passes over every row before <paramref name="untilMs"/> without storing it.</summary>
    public void SkipUntil(long untilMs)
    {
        while (true)
        {
            Advance();
            if (_ended || _reader.TimestampMs >= untilMs)
            {
                return;
            }

            _hasRow = false;
        }
    }

    /// <summary>Ingests every row with a timestamp before <paramref name="untilMs"/>; returns the points fed.</summary>
    public async Task<long> FeedUntilAsync(long untilMs, CancellationToken cancellationToken)
    {
        long fed = 0;
        int count = 0;
        while (true)
        {
            Advance();
            if (_ended || _reader.TimestampMs >= untilMs)
            {
                break;
            }

            for (int r = 0; r < _reader.RowCount; r++)
            {
                var row = _reader.GetRow(r);
                var series = row.Group.Series;
                for (int f = 0; f < series.Count; f++)
                {
                    double value = row.Values[f];
                    if (double.IsFinite(value))
                    {
                        _batch[count++] = new StoredPoint(_ids[series[f].Index], row.TimestampMs, value);
                    }
                }
            }

            _hasRow = false;
            if (count >= BatchPoints)
            {
                await _engine.IngestWaitingAsync(_batch.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
                fed += count;
                count = 0;
            }
        }

        await _engine.IngestWaitingAsync(_batch.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
        return fed + count;
    }

    private void Advance()
    {
        if (!_hasRow && !_ended)
        {
            _hasRow = _reader.Read();
            _ended = !_hasRow;
        }
    }
}
