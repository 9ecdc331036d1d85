using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nunchi.Server.Api;

/// <summary>How the API writes JSON (camelCase, snake_case enums, nulls left out, NaN allowed), for the server and for <c>nunchi ask --json</c> alike.</summary>
internal static class ApiJson
{
    /// <summary>The API's settings, indented, for printing.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>Applies the API's settings to <paramref name="options"/>.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        // Korean stays readable in a terminal; the API's HTTP responses keep the framework's default escaping.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        Configure(options);
        return options;
    }
}
