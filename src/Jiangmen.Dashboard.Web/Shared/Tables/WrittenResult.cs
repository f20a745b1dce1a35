namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>A response the endpoint writes itself (headers first, then the body as it is produced).</summary>
internal sealed class WrittenResult(Func<Task> write) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => write();
}
