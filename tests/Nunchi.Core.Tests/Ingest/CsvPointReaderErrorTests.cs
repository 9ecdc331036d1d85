using System.Text;
using Nunchi.Core.Ingest;

namespace Nunchi.Core.Tests.Ingest;

public sealed class CsvPointReaderErrorTests
{
    private const string TimestampExpectation = "a timestamp such as 2024-01-05T10:00:00Z, 2024-01-05 10:00:00 or Unix seconds";

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\n\r\n\n")]
    public void Open_EmptyFile_ReportsIt(string text)
    {
        var outcome = CsvTestReading.Read(text);

        var error = outcome.OpenError.ShouldNotBeNull();
        error.Kind.ShouldBe(CsvErrorKind.EmptyFile);
        error.Message.ShouldBe("data.csv: the file is empty; expected a header row");
    }

    [Theory]
    [InlineData("timestamp,value", "data.csv:1: ")]
    [InlineData("timestamp,value\n", "data.csv:1: ")]
    [InlineData("timestamp,value\r\n\r\n\n", "data.csv:1: ")]
    [InlineData("\ntimestamp,value\n", "data.csv:2: ")]
    public void Open_HeaderOnly_ReportsNoDataRows(string text, string location)
    {
        var outcome = CsvTestReading.Read(text);

        var error = outcome.OpenError.ShouldNotBeNull();
        error.Kind.ShouldBe(CsvErrorKind.NoDataRows);
        error.Message.ShouldBe(location + "no data rows; expected at least one row after the header");
    }

    [Theory]
    [InlineData("timestamp,value\n2024-01-05 10:00:00,1\n2024-01-05 10:00:01,\"12,5\"\n", 3, 21, "value", "12,5")]
    [InlineData("timestamp,value\n2024-01-05 10:00:00,abc\n", 2, 21, "value", "abc")]
    [InlineData("timestamp,value\n2024-01-05 10:00:00,1.5.2\n", 2, 21, "value", "1.5.2")]
    [InlineData("timestamp,name,value\n2024-01-05 10:00:00,프레스,abc\n", 2, 25, "value", "abc")]
    [InlineData("timestamp,value\n2024-01-05 10:00:00,0123456789012345678901234567890123456789x12345\n", 2, 21, "value", "0123456789012345678901234567890123456789…")]
    public void TryRead_BadNumber_ReportsWhereAndWhat(string text, long line, int column, string columnName, string found)
    {
        var outcome = CsvTestReading.Read(text, new CsvReadOptions { ValueColumns = ["value"] });

        var error = outcome.ReadError.ShouldNotBeNull();
        error.Kind.ShouldBe(CsvErrorKind.InvalidNumber);
        error.Line.ShouldBe(line);
        error.Column.ShouldBe(column);
        error.ColumnName.ShouldBe(columnName);
        error.Found.ShouldBe(found);
        error.Expected.ShouldBe("a number");
        error.Message.ShouldBe($"data.csv:{line}:{column}: column '{columnName}': expected a number, found \"{found}\"");
    }

    [Fact]
    public void TryRead_BadTimestamp_ReportsWhereAndWhat()
    {
        var outcome = CsvTestReading.Read("timestamp,value\n2024-01-05 10:00:00,1\n05/01/2024 10:00,1\n");

        var error = outcome.ReadError.ShouldNotBeNull();
        error.Kind.ShouldBe(CsvErrorKind.InvalidTimestamp);
        error.Message.ShouldBe($"data.csv:3:1: column 'timestamp': expected {TimestampExpectation}, found \"05/01/2024 10:00\"");
        outcome.Rows.Count.ShouldBe(1);
    }

    [Fact]
    public void TryRead_EmptyTimestamp_SaysSo()
    {
        var outcome = CsvTestReading.Read("value,timestamp\n1,2024-01-05 10:00:00\n2,\n");

        outcome.ReadError.ShouldNotBeNull().Message.ShouldBe($"data.csv:3:3: column 'timestamp': expected {TimestampExpectation}, found an empty field");
    }

    [Fact]
    public void TryRead_TooFewFields_ReportsEndOfLine()
    {
        var outcome = CsvTestReading.Read("timestamp,a,b\n2024-01-05 10:00:00,1,2\n2024-01-05 10:00:01,1\n");

        var error = outcome.ReadError.ShouldNotBeNull();
        error.Kind.ShouldBe(CsvErrorKind.FieldCount);
        error.ColumnName.ShouldBe("b");
        error.Message.ShouldBe("data.csv:3:22: expected 3 fields as in the header, found 2");
    }

    [Fact]
    public void TryRead_TooManyFields_ReportsTheFirstExtraField()
    {
        var outcome = CsvTestReading.Read("timestamp,value\n2024-01-05 10:00:00,1,2,\"3\"\n");

        var error = outcome.ReadError.ShouldNotBeNull();
        error.Kind.ShouldBe(CsvErrorKind.FieldCount);
        error.Message.ShouldBe("data.csv:2:23: expected 2 fields as in the header, found 4");
    }

    [Fact]
    public void TryRead_UnclosedQuote_ReportsWhereItOpened()
    {
        var outcome = CsvTestReading.Read("timestamp,value\n2024-01-05 10:00:00,1\n2024-01-05 10:00:01,\"1.5\n2024-01-05 10:00:02,2\n");

        var error = outcome.ReadError.ShouldNotBeNull();
        error.Kind.ShouldBe(CsvErrorKind.UnclosedQuote);
        error.Message.ShouldBe("data.csv:3:21: column 'value': expected a closing quote (\"), found the end of the file");
    }

    [Fact]
    public void TryRead_TextAfterClosingQuote_ReportsIt()
    {
        var outcome = CsvTestReading.Read("timestamp,value\n2024-01-05 10:00:00,1\n\"2024-01-05 10:00:01\"x,1\n");

        var error = outcome.ReadError.ShouldNotBeNull();
        error.Kind.ShouldBe(CsvErrorKind.TextAfterQuote);
        error.Message.ShouldBe("data.csv:3:1: column 'timestamp': expected a delimiter or the line end after the closing quote, found \"x\"");
    }

    [Fact]
    public void TryRead_ErrorAfterAQuotedLineBreak_CountsPhysicalLines()
    {
        var outcome = CsvTestReading.Read("timestamp,note,value\n2024-01-05 10:00:00,\"two\nlines\",x\n", new CsvReadOptions { ValueColumns = ["value"] });

        outcome.ReadError.ShouldNotBeNull().Message.ShouldBe("data.csv:3:8: column 'value': expected a number, found \"x\"");
    }

    [Fact]
    public void Open_MalformedFirstRowHidingTheValueColumns_ReportsTheRow()
    {
        var outcome = CsvTestReading.Read("timestamp,value\n2024-01-05 10:00:00,\"1.5\n");

        outcome.OpenError.ShouldNotBeNull().Message.ShouldBe("data.csv:2:21: column 'value': expected a closing quote (\"), found the end of the file");
    }

    [Fact]
    public void Open_MalformedLaterRowHidingTheValueColumns_ReportsItsLine()
    {
        var outcome = CsvTestReading.Read("timestamp,value\n2024-01-05 10:00:00,\n\n2024-01-05 10:00:01,\"1\"x\n");

        outcome.OpenError.ShouldNotBeNull().Message.ShouldBe("data.csv:4:21: column 'value': expected a delimiter or the line end after the closing quote, found \"x\"");
    }

    [Fact]
    public void TryRead_RowLongerThanLimit_ReportsIt()
    {
        var options = new CsvReadOptions { BufferSize = 16, MaxRowBytes = 32, ValueColumns = ["value"] };
        var text = "timestamp,value\n2024-01-05 10:00:00,1\n2024-01-05 10:00:01," + new string('9', 40) + "\n";

        var outcome = CsvTestReading.Read(text, options);

        var error = outcome.ReadError.ShouldNotBeNull();
        error.Kind.ShouldBe(CsvErrorKind.RowTooLong);
        error.Message.ShouldBe("data.csv:3:1: expected a row of at most 32 bytes, found a longer one (is a quote left open?)");
        outcome.Rows.Count.ShouldBe(1);
    }

    [Fact]
    public void Open_UnknownTimeColumn_ListsColumns()
    {
        var outcome = CsvTestReading.Read("timestamp,value\n2024-01-05 10:00:00,1\n", new CsvReadOptions { TimeColumn = "when" });

        var error = outcome.OpenError.ShouldNotBeNull();
        error.Kind.ShouldBe(CsvErrorKind.ColumnNotFound);
        error.Message.ShouldBe("data.csv:1: no time column named 'when'; the columns are 'timestamp', 'value'");
    }

    [Fact]
    public void Open_UnknownValueColumn_ListsColumns()
    {
        var outcome = CsvTestReading.Read(",timestamp,value\n0,2024-01-05 10:00:00,1\n", new CsvReadOptions { ValueColumns = ["value", "valu"] });

        outcome.OpenError.ShouldNotBeNull().Message.ShouldBe("data.csv:1: no value column named 'valu'; the columns are 1 (unnamed), 'timestamp', 'value'");
    }

    [Fact]
    public void Open_NoNumericColumn_SaysSo()
    {
        var outcome = CsvTestReading.Read("timestamp,host,label\n2024-01-05 10:00:00,a,1\n");

        var error = outcome.OpenError.ShouldNotBeNull();
        error.Kind.ShouldBe(CsvErrorKind.NoValueColumns);
        error.Message.ShouldBe("data.csv:1: no column of numbers to analyse; the columns are 'timestamp', 'host', 'label'; name the value column to use");
    }

    [Theory]
    [InlineData(new[] { "timestamp" }, "data.csv:1: column 'timestamp' is the time column; it cannot also be a value column")]
    [InlineData(new[] { "value", "Value" }, "data.csv:1: column 'value' is named more than once as a value column")]
    public void Open_ContradictoryColumns_Reported(string[] valueColumns, string message)
    {
        var outcome = CsvTestReading.Read("timestamp,value\n2024-01-05 10:00:00,1\n", new CsvReadOptions { ValueColumns = valueColumns });

        var error = outcome.OpenError.ShouldNotBeNull();
        error.Kind.ShouldBe(CsvErrorKind.InvalidColumnSelection);
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void TryRead_ErrorMidFile_DeliversEarlierRowsFirstThenStaysFailed()
    {
        // Arrange
        var text = "timestamp,value\n2024-01-05 10:00:00,1\n2024-01-05 10:00:01,2\n2024-01-05 10:00:02,x\n2024-01-05 10:00:03,4\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        using var reader = CsvPointReader.Open(stream, "data.csv").Reader.ShouldNotBeNull();
        var batch = reader.CreateBatch(100);

        // Act / Assert
        reader.TryRead(batch, out var first).ShouldBeTrue();
        first.ShouldBeNull();
        batch.Values(0).ToArray().ShouldBe([1.0, 2.0]);
        reader.TryRead(batch, out var second).ShouldBeFalse();
        second.ShouldNotBeNull().Line.ShouldBe(4);
        batch.Count.ShouldBe(0);
        reader.TryRead(batch, out var third).ShouldBeFalse();
        third.ShouldBeSameAs(second);
        reader.RowsRead.ShouldBe(2);
    }
}
