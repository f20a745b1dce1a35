using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Jiangmen.Dashboard.Tests.Hosting;

/// <summary>
/// Checks every answer the app gives in this test project against its own /openapi/v1.json (<see cref="OpenApiContract"/>):
/// the outermost middleware of every <see cref="DashboardApplication"/> keeps a copy of each GET or HEAD answer and, once
/// it is written, fails the request (and so the test that made it) with what does not match. Addresses the description
/// does not name (pages, static files) are not part of the contract and pass unchecked.
/// </summary>
public sealed class ContractCheck : IStartupFilter
{
    private static readonly SemaphoreSlim Loading = new(1, 1);
    private static OpenApiContract? _contract;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(CheckAsync);
        next(app);
    };

    /// <summary>The description, read once per test run from the first app that answers (it depends on the build only).</summary>
    public static async Task<OpenApiContract> ContractAsync(IServer server)
    {
        await Loading.WaitAsync();
        try
        {
            if (_contract is null)
            {
                using var client = server is TestServer test
                    ? test.CreateClient()
                    : new HttpClient { BaseAddress = new Uri(server.Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
                _contract = new OpenApiContract(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
            }

            return _contract;
        }
        finally
        {
            Loading.Release();
        }
    }

    private static async Task CheckAsync(HttpContext context, RequestDelegate next)
    {
        var method = context.Request.Method;
        if (method is not ("GET" or "HEAD") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        using var copy = new MemoryStream();
        context.Response.Body = new Tee(body, copy);
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        var contract = await ContractAsync(context.RequestServices.GetRequiredService<IServer>());
        var response = context.Response;
        var problems = contract.Check(method, context.Request.Path.Value ?? "", response.StatusCode, response.ContentType,
            name => response.Headers.ContainsKey(name), copy.ToArray());
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The answer does not match /openapi/v1.json:\n" + string.Join('\n', problems));
        }
    }

    /// <summary>Writes through to the response and keeps a copy.</summary>
    private sealed class Tee(Stream inner, Stream copy) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            copy.Write(buffer, offset, count);
            inner.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            copy.Write(buffer.Span);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
