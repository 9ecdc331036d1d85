namespace Nunchi.Server.Ingest;

/// <summary>Which InfluxDB write API a request came through; they differ in parameters and error bodies.</summary>
internal enum WriteDialect
{
    /// <summary><c>POST /write?db=&amp;precision=n|u|ms|s|m|h</c>; errors as <c>{"error": "…"}</c>.</summary>
    V1,

    /// <summary><c>POST /api/v2/write?bucket=&amp;precision=ns|us|ms|s</c>; errors as <c>{"code": "…", "message": "…"}</c>.</summary>
    V2,
}
