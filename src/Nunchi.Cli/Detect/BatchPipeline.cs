using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Nunchi.Core.Ingest;

namespace Nunchi.Cli.Detect;

/// <summary>
/// Reads a CSV file on its own thread while the caller analyses, and optionally hands analysed batches to a sink (the
/// scores writer) on a third thread, so that reading, analysing and writing overlap. A few slots cycle through small
/// bounded queues — free → reader → caller → sink → free — so nothing is allocated per batch and at most
/// <c>slots</c> batches are in memory.
/// </summary>
/// <remarks>
/// <para>The caller takes a filled slot with <see cref="TryTake"/>, analyses it, and hands it on with
/// <see cref="Release"/>. Slots arrive in file order and reach the sink in the order released. <see cref="Drain"/>
/// waits until the sink has consumed everything released. <see cref="Dispose"/> stops both threads (also mid-file)
/// and waits for them, after which the reader and its stream may be disposed.</para>
/// <para>A failure on either thread stops the pipeline and is rethrown to the caller by the next
/// <see cref="TryTake"/>, <see cref="Release"/> or <see cref="Drain"/>.</para>
/// </remarks>
internal sealed class BatchPipeline : IDisposable
{
    /// <summary>Slots in flight: one being read, one analysed, one written, and one spare so that no stage waits.</summary>
    public const int DefaultSlots = 4;

    private readonly CsvPointReader _reader;
    private readonly Action<BatchSlot>? _sink;
    private readonly BlockingCollection<BatchSlot> _free;
    private readonly BlockingCollection<BatchSlot> _filled;
    private readonly BlockingCollection<BatchSlot> _analysed;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _readThread;
    private readonly Thread? _sinkThread;
    private CsvError? _error;
    private volatile ExceptionDispatchInfo? _readFailure;
    private volatile ExceptionDispatchInfo? _sinkFailure;
    private bool _disposed;

    /// <param name="reader">An opened reader; read only by the pipeline's thread from now on.</param>
    /// <param name="sink">Consumes each released slot on a thread of its own (then the slot is reused), or null.</param>
    /// <param name="slots">Batches in circulation.</param>
    /// <param name="batchCapacity">Rows per batch.</param>
    public BatchPipeline(CsvPointReader reader, Action<BatchSlot>? sink = null, int slots = DefaultSlots, int batchCapacity = CsvBatch.DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 2);
        _reader = reader;
        _sink = sink;
        _free = new BlockingCollection<BatchSlot>(new ConcurrentQueue<BatchSlot>(), slots);
        _filled = new BlockingCollection<BatchSlot>(new ConcurrentQueue<BatchSlot>(), slots);
        _analysed = new BlockingCollection<BatchSlot>(new ConcurrentQueue<BatchSlot>(), slots);
        for (var i = 0; i < slots; i++)
        {
            _free.Add(new BatchSlot(reader.CreateBatch(batchCapacity)));
        }

        _readThread = new Thread(ReadAll) { IsBackground = true, Name = "nunchi csv reader" };
        _readThread.Start();
        if (sink is not null)
        {
            _sinkThread = new Thread(SinkAll) { IsBackground = true, Name = "nunchi scores writer" };
            _sinkThread.Start();
        }
    }

    /// <summary>Why reading stopped early: the first bad row; null when the file was read to its end (or not yet).</summary>
    /// <remarks>Valid once <see cref="TryTake"/> has returned false.</remarks>
    public CsvError? Error => _error;

    /// <summary>Waits for the next filled slot.</summary>
    /// <returns>False when every row has been delivered (see <see cref="Error"/>).</returns>
    /// <exception cref="IOException">Reading the stream failed (rethrown from the reader thread).</exception>
    public bool TryTake(out BatchSlot slot)
    {
        if (_filled.TryTake(out slot!, Timeout.Infinite))
        {
            return true;
        }

        // Taking failed only because adding completed: the reader's outcome is final and visible here. A sink failure
        // may be why it stopped early.
        _sinkFailure?.Throw();
        _readFailure?.Throw();
        return false;
    }

    /// <summary>Hands an analysed slot on: to the sink when there is one, else straight back to be filled again.</summary>
    public void Release(BatchSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        try
        {
            (_sink is null ? _free : _analysed).Add(slot, _stop.Token);
        }
        catch (OperationCanceledException)
        {
            _sinkFailure?.Throw();
            throw;
        }
    }

    /// <summary>Waits until the sink has consumed every released slot; call once, after the last <see cref="Release"/>.</summary>
    public void Drain()
    {
        if (_sinkThread is null)
        {
            return;
        }

        _analysed.CompleteAdding();
        _sinkThread.Join();
        _sinkFailure?.Throw();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stop.Cancel();
        _readThread.Join();
        if (_sinkThread is not null)
        {
            if (!_analysed.IsAddingCompleted)
            {
                _analysed.CompleteAdding();
            }

            _sinkThread.Join();
        }

        _stop.Dispose();
        _free.Dispose();
        _filled.Dispose();
        _analysed.Dispose();
    }

    private void ReadAll()
    {
        try
        {
            while (true)
            {
                var slot = _free.Take(_stop.Token);
                if (!_reader.TryRead(slot.Batch, out _error))
                {
                    break;
                }

                _filled.Add(slot, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the caller no longer wants rows, or the sink failed.
        }
#pragma warning disable CA1031 // Any failure is handed to the consuming thread, which reports it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _readFailure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            _filled.CompleteAdding();
        }
    }

    private void SinkAll()
    {
        try
        {
            foreach (var slot in _analysed.GetConsumingEnumerable(_stop.Token))
            {
                _sink!(slot);
                _free.Add(slot, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped by Dispose.
        }
#pragma warning disable CA1031 // Any failure is handed to the consuming thread, which reports it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _sinkFailure = ExceptionDispatchInfo.Capture(e);

            // Nothing downstream is wanted any more: stop reading, and let the caller find out at its next call.
            _stop.Cancel();
        }
    }
}
