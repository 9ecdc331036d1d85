using System.Text;
using Nunchi.Core.Ingest;

namespace Nunchi.Core.Tests.Ingest;

public sealed class CsvPointReaderTests
{
    private const long Jan5At10Utc = 1_704_448_800_000;

    [Fact]
    public void Open_TimestampValueFile_ReadsEveryRow()
    {
        var outcome = CsvTestReading.Read("timestamp,value\n2024-01-05 10:00:00,12.345\n2024-01-05 10:00:01,-2e-3\n2024-01-05 10:00:02,+3\n");

        outcome.OpenError.ShouldBeNull();
        outcome.ReadError.ShouldBeNull();
        outcome.TimeColumn.ShouldBe("timestamp");
        outcome.ValueColumns.ShouldBe(["value"]);
        outcome.Rows.Select(r => r.TimestampMs).ShouldBe([Jan5At10Utc, Jan5At10Utc + 1000, Jan5At10Utc + 2000]);
        outcome.Rows.Select(r => r.Values[0]).ShouldBe([12.345, -0.002, 3.0]);
        outcome.Rows.Select(r => r.Line).ShouldBe([2L, 3L, 4L]);
        outcome.Rows.Select(r => r.TimestampText).ShouldBe(["2024-01-05 10:00:00", "2024-01-05 10:00:01", "2024-01-05 10:00:02"]);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Open_LineEnds_ReadTheSame(string newline)
    {
        var text = $"timestamp,value{newline}2024-01-05T10:00:00Z,1{newline}2024-01-05T10:00:01Z,2";

        var outcome = CsvTestReading.Read(text);

        outcome.Rows.Select(r => r.Values[0]).ShouldBe([1.0, 2.0]);
        outcome.Rows.Select(r => r.TimestampText).ShouldBe(["2024-01-05T10:00:00Z", "2024-01-05T10:00:01Z"]);
        outcome.ReadError.ShouldBeNull();
    }

    [Fact]
    public void Open_ByteOrderMark_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("timestamp,value\n2024-01-05 10:00:00,1\n")).ToArray();

        var outcome = CsvTestReading.Read(bytes);

        outcome.TimeColumn.ShouldBe("timestamp");
        outcome.Rows.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("timestamp,value\n2024-01-05 10:00:00,1.5\n", ',')]
    [InlineData("timestamp;value\n2024-01-05 10:00:00;1.5\n", ';')]
    [InlineData("timestamp\tvalue\n2024-01-05 10:00:00\t1.5\n", '\t')]
    [InlineData("\"time,stamp\";value\n2024-01-05 10:00:00;1.5\n", ';')]
    [InlineData("value\n1.5\n", ',')]
    public void Open_Delimiter_DetectedFromHeader(string text, char expected)
    {
        var outcome = CsvTestReading.Read(text);

        outcome.Delimiter.ShouldBe(expected);
        outcome.Rows.Single().Values[^1].ShouldBe(1.5);
    }

    [Fact]
    public void Open_DelimiterOption_OverridesDetection()
    {
        var outcome = CsvTestReading.Read("timestamp|value,x\n2024-01-05 10:00:00|1.5\n2024-01-05 10:00:01|1,5\n", new CsvReadOptions { Delimiter = '|' });

        outcome.ValueColumns.ShouldBe(["value,x"]);
        outcome.Rows.Single().Values.ShouldBe([1.5]);
        outcome.ReadError.ShouldNotBeNull().Message.ShouldBe("data.csv:3:21: column 'value,x': expected a number, found \"1,5\"");
    }

    [Fact]
    public void Open_QuotedFields_Unquoted()
    {
        // Arrange: quoted time and value, a skipped note with a delimiter, doubled quotes and a line break.
        var text = "timestamp,note,value\n\"2024-01-05 10:00:00\",\"he said \"\"hi, there\"\"\nand left\",\"7.5\"\r\n2024-01-05 10:00:01,\"\",8\n";

        // Act
        var outcome = CsvTestReading.Read(text);

        // Assert
        outcome.ValueColumns.ShouldBe(["value"]);
        outcome.Rows.Select(r => r.Values[0]).ShouldBe([7.5, 8.0]);
        outcome.Rows.Select(r => r.Line).ShouldBe([2L, 4L]);
        outcome.Rows[0].TimestampText.ShouldBe("2024-01-05 10:00:00");
    }

    [Fact]
    public void Open_QuotedTimestampWithEscapedQuotes_TextKeepsOneQuote()
    {
        var text = "timestamp,value\n\"2024-01-05 10:00:00\"\"\",1\n";

        var outcome = CsvTestReading.Read(text);

        outcome.ReadError.ShouldNotBeNull().Found.ShouldBe("2024-01-05 10:00:00\"");
    }

    [Fact]
    public void Open_HeaderNames_TrimmedAndUnquoted()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(" timestamp ,\"va\"\"lue\",note\n2024-01-05 10:00:00,1,x\n"));

        using var reader = CsvPointReader.Open(stream, "data.csv").Reader.ShouldNotBeNull();

        reader.Columns.ShouldBe(["timestamp", "va\"lue", "note"]);
        reader.ValueColumns.ShouldBe(["va\"lue"]);
    }

    [Fact]
    public void Open_BlankLines_AreSkipped()
    {
        var text = "\n\ntimestamp,value\n\n2024-01-05 10:00:00,1\r\n\r\n\n2024-01-05 10:00:01,2\n\n";

        var outcome = CsvTestReading.Read(text);

        outcome.Rows.Select(r => r.Line).ShouldBe([5L, 8L]);
        outcome.ReadError.ShouldBeNull();
    }

    [Fact]
    public void Open_SeveralColumns_ChoosesTimeAndNumericColumnsButNotLabels()
    {
        var text = "Time,temperature,host,humidity,label,Unnamed: 0\n2024-01-05 10:00:00,21.5,press-1,40,0,0\n";

        var outcome = CsvTestReading.Read(text);

        outcome.TimeColumn.ShouldBe("Time");
        outcome.TimeIsRowIndex.ShouldBeFalse();
        outcome.ValueColumns.ShouldBe(["temperature", "humidity"]);
        outcome.Rows.Single().Values.ShouldBe([21.5, 40.0]);
    }

    [Theory]
    [InlineData("timestamp")]
    [InlineData("TIME")]
    [InlineData("date")]
    [InlineData("DateTime")]
    [InlineData("ts")]
    [InlineData("_time")]
    public void Open_TimeColumnNames_AreRecognised(string name)
    {
        var outcome = CsvTestReading.Read($"value,{name}\n1,2024-01-05T10:00:00Z\n");

        outcome.TimeColumn.ShouldBe(name);
        outcome.ValueColumns.ShouldBe(["value"]);
        outcome.Rows.Single().TimestampMs.ShouldBe(Jan5At10Utc);
    }

    [Theory]
    [InlineData("when,value\n2024-01-05 10:00:00,1\n", "when")]
    [InlineData(",value\n2024-01-05 10:00:00,1\n", "")]
    [InlineData("epoch,value\n1704448800,1\n", "epoch")]
    [InlineData("epoch,value\n1704448800000,1\n", "epoch")]
    public void Open_FirstColumnHoldingTimes_IsTheTimeColumn(string text, string expected)
    {
        var outcome = CsvTestReading.Read(text);

        outcome.TimeColumn.ShouldBe(expected);
        outcome.Rows.Single().TimestampMs.ShouldBe(Jan5At10Utc);
    }

    [Fact]
    public void Open_NoTimeColumn_TimesRowsByIndexInSeconds()
    {
        var outcome = CsvTestReading.Read("a,b\n10,1.5\n20,2.5\n\n30,3.5\n");

        outcome.TimeIsRowIndex.ShouldBeTrue();
        outcome.TimeColumn.ShouldBeNull();
        outcome.ValueColumns.ShouldBe(["a", "b"]);
        outcome.Rows.Select(r => r.TimestampMs).ShouldBe([0L, 1000L, 2000L]);
        outcome.Rows.Select(r => r.TimestampText).ShouldBe(["0", "1", "2"]);
        outcome.Rows.Select(r => r.Line).ShouldBe([2L, 3L, 5L]);
    }

    [Fact]
    public void Open_PandasIndexColumn_IsNotAValue()
    {
        var outcome = CsvTestReading.Read(",value\n0,1.5\n1,2.5\n");

        outcome.TimeIsRowIndex.ShouldBeTrue();
        outcome.ValueColumns.ShouldBe(["value"]);
    }

    [Fact]
    public void Open_ColumnEmptyInFirstRows_ChosenByItsFirstValue()
    {
        var outcome = CsvTestReading.Read("timestamp,late,text\n2024-01-05 10:00:00,,\n2024-01-05 10:00:01,4,x\n");

        outcome.ValueColumns.ShouldBe(["late"]);
        outcome.Rows.Select(r => r.Values[0]).ShouldBe([null, 4.0]);
    }

    [Fact]
    public void Open_NamedColumns_UsedInGivenOrder()
    {
        var options = new CsvReadOptions { TimeColumn = "At", ValueColumns = ["C", "label"] };

        var outcome = CsvTestReading.Read("at,b,c,label\n2024-01-05T10:00:00Z,1,2,1\n", options);

        outcome.TimeColumn.ShouldBe("at");
        outcome.ValueColumns.ShouldBe(["c", "label"]);
        outcome.Rows.Single().Values.ShouldBe([2.0, 1.0]);
    }

    [Fact]
    public void Open_NamedColumnMatchingExactly_PreferredOverCaseInsensitive()
    {
        var outcome = CsvTestReading.Read("timestamp,Value,value\n2024-01-05T10:00:00Z,1,2\n", new CsvReadOptions { ValueColumns = ["value"] });

        outcome.Rows.Single().Values.ShouldBe([2.0]);
    }

    [Fact]
    public void Open_EmptyCells_AreMissingNotNaN()
    {
        // Arrange
        var text = "timestamp,a,b\n2024-01-05 10:00:00,,2\n2024-01-05 10:00:01,1, \n2024-01-05 10:00:02,NaN,\"\"\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        using var reader = CsvPointReader.Open(stream, "data.csv").Reader.ShouldNotBeNull();
        var batch = reader.CreateBatch();

        // Act
        reader.TryRead(batch, out _).ShouldBeTrue();

        // Assert
        batch.Missing(0).ToArray().ShouldBe([true, false, false]);
        batch.Missing(1).ToArray().ShouldBe([false, true, true]);
        batch.MissingCount(0).ShouldBe(1);
        batch.MissingCount(1).ShouldBe(2);
        double.IsNaN(batch.Values(0)[0]).ShouldBeTrue();
        double.IsNaN(batch.Values(0)[2]).ShouldBeTrue();
        batch.Values(1)[0].ShouldBe(2.0);
    }

    [Theory]
    [InlineData("NaN", double.NaN)]
    [InlineData("nan", double.NaN)]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("-inf", double.NegativeInfinity)]
    [InlineData("Infinity", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData(" 7 ", 7.0)]
    public void Open_NonFiniteAndPaddedValues_Accepted(string cell, double expected)
    {
        var outcome = CsvTestReading.Read($"timestamp,value\n2024-01-05 10:00:00,{cell}\n");

        outcome.Rows.Single().Values[0].ShouldBe(expected);
    }

    [Fact]
    public void Open_TimeZoneOption_ReadsZonelessTimesInIt()
    {
        var options = new CsvReadOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul") };

        var outcome = CsvTestReading.Read("timestamp,value\n2024-01-05 19:00:00,1\n2024-01-05T10:00:00Z,2\n", options);

        outcome.Rows.Select(r => r.TimestampMs).ShouldBe([Jan5At10Utc, Jan5At10Utc]);
    }

    [Fact]
    public void Open_EpochColumn_UnitDecidedByFirstRow()
    {
        // Arrange: 86400 is seconds; the second row alone would look like milliseconds.
        var text = "ts,value\n86400,1\n100000000000,2\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        using var reader = CsvPointReader.Open(stream, "data.csv").Reader.ShouldNotBeNull();
        var batch = reader.CreateBatch();

        // Act
        reader.TryRead(batch, out _).ShouldBeTrue();

        // Assert
        reader.EpochUnit.ShouldBe(EpochUnit.Seconds);
        batch.TimestampsMs.ToArray().ShouldBe([86_400_000L, 100_000_000_000_000L]);
    }

    [Theory]
    [InlineData("1704448800123", EpochUnit.Milliseconds)]
    [InlineData("1704448800123456", EpochUnit.Microseconds)]
    [InlineData("1704448800123456789", EpochUnit.Nanoseconds)]
    [InlineData("1704448800.123", EpochUnit.Seconds)]
    public void Open_EpochColumn_EachUnit(string first, EpochUnit unit)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes($"time,value\n{first},1\n"));
        using var reader = CsvPointReader.Open(stream, "data.csv").Reader.ShouldNotBeNull();
        var batch = reader.CreateBatch();

        reader.TryRead(batch, out _).ShouldBeTrue();

        reader.EpochUnit.ShouldBe(unit);
        batch.TimestampsMs[0].ShouldBe(Jan5At10Utc + 123);
        Encoding.ASCII.GetString(batch.TimestampText(0)).ShouldBe(first);
    }

    [Fact]
    public void Open_NonAsciiHeaderAndCells_Read()
    {
        var outcome = CsvTestReading.Read("시간,설비,진동\n2024-01-05 10:00:00,프레스 3호기,0.25\n", new CsvReadOptions { TimeColumn = "시간" });

        outcome.ValueColumns.ShouldBe(["진동"]);
        outcome.Rows.Single().Values.ShouldBe([0.25]);
    }

    [Fact]
    public void Open_LastLineWithoutNewline_IsRead()
    {
        var outcome = CsvTestReading.Read("timestamp,value\n2024-01-05 10:00:00,1\n2024-01-05 10:00:01,\"2\"");

        outcome.Rows.Select(r => r.Values[0]).ShouldBe([1.0, 2.0]);
    }

    [Fact]
    public void Open_TrailingEmptyFieldAtEndOfFile_IsMissing()
    {
        var outcome = CsvTestReading.Read("timestamp,a,b\n2024-01-05 10:00:00,1,", new CsvReadOptions { ValueColumns = ["a", "b"] });

        outcome.Rows.Single().Values.ShouldBe([1.0, null]);
    }

    [Fact]
    public void Open_OptionsOutOfRange_Throw()
    {
        using var stream = new MemoryStream();

        Should.Throw<ArgumentOutOfRangeException>(() => CsvPointReader.Open(stream, "data.csv", new CsvReadOptions { BufferSize = 4 }));
        Should.Throw<ArgumentOutOfRangeException>(() => CsvPointReader.Open(stream, "data.csv", new CsvReadOptions { Delimiter = '"' }));
    }

    [Fact]
    public void TryRead_BatchOfWrongShape_Throws()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("timestamp,value\n2024-01-05 10:00:00,1\n"));
        using var reader = CsvPointReader.Open(stream, "data.csv").Reader.ShouldNotBeNull();

        Should.Throw<ArgumentException>(() => reader.TryRead(new CsvBatch(2), out _));
    }
}
