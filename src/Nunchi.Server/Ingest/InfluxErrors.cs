using System.Globalization;
using System.Text;
using Nunchi.Engine.Ingest;

namespace Nunchi.Server.Ingest;

/// <summary>Error answers in the shape each InfluxDB API dialect uses, so clients log them as they would InfluxDB's.</summary>
internal static class InfluxErrors
{
    public static IResult Invalid(WriteDialect dialect, string message) => Error(dialect, StatusCodes.Status400BadRequest, "invalid", message, null);

    public static IResult TooLarge(WriteDialect dialect, long maxBytes) => Error(
        dialect,
        StatusCodes.Status413PayloadTooLarge,
        "request too large",
        $"the request body is larger than {maxBytes.ToString(CultureInfo.InvariantCulture)} bytes (Nunchi__MaxBodyBytes); send smaller batches",
        null);

    public static IResult Busy(WriteDialect dialect) => new BusyResult(dialect);

    public static IResult PartialWrite(WriteDialect dialect, LineProtocolCollector batch)
    {
        var text = new StringBuilder("partial write: ");
        int shown = Math.Min(3, batch.Errors.Count);
        for (int i = 0; i < shown; i++)
        {
            var e = batch.Errors[i];
            text.Append(CultureInfo.InvariantCulture, $"{(i > 0 ? "; " : "")}line {e.Line}, column {e.Column}: {e.Reason}");
        }

        if (batch.RejectedLines > shown)
        {
            text.Append(CultureInfo.InvariantCulture, $"; and {batch.RejectedLines - shown} more");
        }

        text.Append(CultureInfo.InvariantCulture, $" dropped={batch.RejectedLines}");
        var lines = new List<LineErrorDto>(batch.Errors.Count);
        foreach (var e in batch.Errors)
        {
            lines.Add(new LineErrorDto(e.Line, e.Column, e.Reason, e.Excerpt));
        }

        return Error(dialect, StatusCodes.Status400BadRequest, "invalid", text.ToString(), lines);
    }

    private static IResult Error(WriteDialect dialect, int status, string code, string message, List<LineErrorDto>? lines) =>
        dialect == WriteDialect.V1
            ? TypedResults.Json(new V1Error(message, lines), statusCode: status)
            : TypedResults.Json(new V2Error(code, message, lines), statusCode: status);

    private sealed record V1Error(string Error, List<LineErrorDto>? Lines);

    private sealed record V2Error(string Code, string Message, List<LineErrorDto>? Lines);

    private sealed record LineErrorDto(int Line, int Column, string Reason, string Excerpt);

    /// <summary>503 (v1) or 429 (v2) with Retry-After: what Telegraf and InfluxDB clients back off and retry on.</summary>
    private sealed class BusyResult(WriteDialect dialect) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = "1";
            int status = dialect == WriteDialect.V1 ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status429TooManyRequests;
            const string message = "analysis is behind: nothing of this request was stored; retry after 1 s";
            return Error(dialect, status, "too many requests", message, null).ExecuteAsync(httpContext);
        }
    }
}
