namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>What a table's address answers: the table, or why not (404 for an unknown thing, 400 for a bad parameter).</summary>
internal sealed record TableAnswer(Table? Table, IResult? Problem)
{
    public static implicit operator TableAnswer(Table table) => new(table, null);

    public static readonly TableAnswer NotFound = new(null, Results.NotFound());

    public static TableAnswer BadRequest(string why) =>
        new(null, Results.Text(why, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest));
}
