using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Jiangmen.Dashboard.Data;

/// <summary>
/// The PostgreSQL role the web instances connect as (<c>ConnectionStrings:DashboardWeb</c>, its password from
/// <c>Database:WebPasswordFile</c> or from that connection string). It may read every table and add data-protection
/// keys (an instance makes a new key when the current one nears its end), and nothing else: a flaw in a web instance
/// cannot change or drop a figure. The `migrate` and `seed` commands, connected as the schema's owner, make the role or
/// bring it back to exactly this after every migration, so a table a later migration adds is readable and a privilege
/// granted by hand does not outlive the next deployment.
/// </summary>
public sealed class WebRole
{
    // The role's name and password reach the server as parameters and are spliced in by format(%I, %L) there, so the
    // command text that EF Core and Npgsql log never holds the password (nor does the server's log, unless it is set to
    // log every statement with its parameters).
    private const string Grant = """
        DO $grant$
        DECLARE
            web text := current_setting('jiangmen.web_role');
            member_of regrole;
        BEGIN
            IF web = current_user THEN
                RAISE EXCEPTION 'the web role must not be the role that owns the schema (%)', web;
            END IF;
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = web) THEN
                EXECUTE format('CREATE ROLE %I', web);
            END IF;
            EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS PASSWORD %L',
                web, current_setting('jiangmen.web_password'));
            -- A member of another role could SET ROLE to it and use its privileges.
            FOR member_of IN SELECT roleid::regrole FROM pg_auth_members WHERE member = web::regrole LOOP
                EXECUTE format('REVOKE %s FROM %I', member_of, web);
            END LOOP;
            EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', web);
            EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %I', web);
            EXECUTE format('REVOKE CREATE ON SCHEMA public FROM %I', web);
            EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', web);
            EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', web);
            EXECUTE format('GRANT INSERT ON "DataProtectionKeys" TO %I', web);
        END
        $grant$
        """;

    private readonly string _password;

    private WebRole(string name, string password)
    {
        Name = name;
        _password = password;
    }

    public string Name { get; }

    /// <summary>The web role the configuration names, or null when it names none (SQLite, development, tests).</summary>
    public static WebRole? From(IConfiguration configuration)
    {
        if (configuration.GetConnectionString("DashboardWeb") is not { Length: > 0 } connectionString)
        {
            return null;
        }

        var web = new NpgsqlConnectionStringBuilder(connectionString);
        var password = configuration["Database:WebPasswordFile"] is { Length: > 0 } file ? Secret.Read(file) : web.Password;
        return web.Username is { Length: > 0 } name && password is { Length: > 0 }
            ? new WebRole(name, password)
            : throw new InvalidOperationException(
                "ConnectionStrings:DashboardWeb needs a Username, and a Password or Database:WebPasswordFile.");
    }

    /// <summary>Makes the role, or brings its attributes, password and privileges back to the above, in one transaction.</summary>
    public Task GrantAsync(DashboardContext db, CancellationToken ct = default) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Local to this transaction: gone when it ends.
            await db.Database.ExecuteSqlAsync(
                $"SELECT set_config('jiangmen.web_role', {Name}, true), set_config('jiangmen.web_password', {_password}, true)", ct);
            await db.Database.ExecuteSqlRawAsync(Grant, ct);
            await transaction.CommitAsync(ct);
        });

    /// <summary>The name only: the password is never printed.</summary>
    public override string ToString() => Name;
}
