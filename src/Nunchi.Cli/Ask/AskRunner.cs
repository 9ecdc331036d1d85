using System.Text.Json;
using Nunchi.Cli.Commands;
using Nunchi.Engine;
using Nunchi.Engine.Questions;
using Nunchi.Server.Api;
using Nunchi.Storage;
using Nunchi.Storage.Sqlite;

namespace Nunchi.Cli.Ask;

/// <summary>Carries out `nunchi ask`: opens the store, answers, prints the text and a table, or the JSON contract.</summary>
internal static class AskRunner
{
    public static async Task<int> RunAsync(AskRequest request, TextWriter output)
    {
        if (!File.Exists(Path.Combine(request.DataDirectory, SqliteDatabase.FileName)))
        {
            throw new CliException($"{request.DataDirectory}: no Nunchi data here: import some with 'nunchi import FILE --data DIR' or run 'nunchi serve --data DIR'", 66);
        }

        EmbeddedEngine embedded;
        try
        {
            embedded = await EmbeddedEngine.OpenAsync(new StoreOptions { DataDirectory = request.DataDirectory }).ConfigureAwait(false);
        }
        catch (IOException e) when (File.Exists(Path.Combine(request.DataDirectory, "LOCK")))
        {
            // The store is open in another process, which holds its lock: a server answers over HTTP instead.
            throw new CliException(
                $"{request.DataDirectory} is in use by another process (a running 'nunchi serve'?): ask it instead, "
                + $"e.g. curl -G 'http://127.0.0.1:8070/api/v1/ask' --data-urlencode 'q={request.Question}' ({e.Message})",
                75);
        }
        catch (StoreException e)
        {
            throw new CliException(e.Message, 65);
        }

        await using (embedded.ConfigureAwait(false))
        {
            Write(output, new QuestionAnswerer(embedded.Engine), embedded.Engine.Catalog, request);
        }

        return 0;
    }

    /// <summary>Answers <paramref name="request"/>'s question with <paramref name="answerer"/> and prints it.</summary>
    public static void Write(TextWriter output, QuestionAnswerer answerer, ISeriesCatalog catalog, AskRequest request)
    {
        var result = answerer.Ask(request.Question, new AskOptions(request.NowMs, request.TimeZone, request.Language));
        if (request.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(AskMapper.ToDto(result, catalog, request.TimeZone), ApiJson.Indented));
            return;
        }

        output.WriteLine(result.Answer.Text);
        AnswerTable.Write(output, result, catalog, request.TimeZone);
    }
}
