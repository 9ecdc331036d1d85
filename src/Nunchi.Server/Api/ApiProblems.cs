namespace Nunchi.Server.Api;

/// <summary>RFC 7807 problem answers with a one-line detail that says what was wrong and what was expected.</summary>
internal static class ApiProblems
{
    public static IResult BadRequest(string detail) =>
        TypedResults.Problem(title: "The request is not valid", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound);
}
