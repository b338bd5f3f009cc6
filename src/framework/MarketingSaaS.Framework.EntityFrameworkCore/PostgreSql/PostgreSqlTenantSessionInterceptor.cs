using System.Data.Common;
using System.Runtime.CompilerServices;
using MarketingSaaS.Framework.Data;
using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MarketingSaaS.Framework.EntityFrameworkCore.PostgreSql;

/// <summary>
/// Before each command, makes sure the connection's <c>app.tenant_id</c> names the current tenant
/// (or '*' while the tenant filter is explicitly disabled, '' on the host side). Row-level
/// security policies read it, so even a raw query without a WHERE clause stays in its tenant.
/// </summary>
public sealed class PostgreSqlTenantSessionInterceptor(ICurrentTenant currentTenant, IDataFilter dataFilter)
    : DbCommandInterceptor, IDbConnectionInterceptor
{
    public const string SettingName = "app.tenant_id";
    public const string AllTenants = "*";

    private readonly ConditionalWeakTable<DbConnection, StrongBox<string?>> _applied = new();

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Forget(connection);

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(connection);
        return Task.CompletedTask;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Apply(command);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Apply(command);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Apply(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await ApplyAsync(command, cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await ApplyAsync(command, cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await ApplyAsync(command, cancellationToken);
        return result;
    }

    public string CurrentValue() =>
        !dataFilter.IsEnabled<IMultiTenant>() ? AllTenants : currentTenant.Id?.ToString() ?? "";

    private void Forget(DbConnection connection) => _applied.Remove(connection);

    private void Apply(DbCommand command)
    {
        if (NeedsSet(command, out var value, out var box))
        {
            using var set = CreateSetCommand(command, value);
            set.ExecuteNonQuery();
            box.Value = value;
        }
    }

    private async ValueTask ApplyAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (NeedsSet(command, out var value, out var box))
        {
            await using var set = CreateSetCommand(command, value);
            await set.ExecuteNonQueryAsync(cancellationToken);
            box.Value = value;
        }
    }

    private bool NeedsSet(DbCommand command, out string value, out StrongBox<string?> box)
    {
        value = CurrentValue();
        box = _applied.GetOrCreateValue(command.Connection!);
        return box.Value != value;
    }

    private static DbCommand CreateSetCommand(DbCommand command, string value)
    {
        var set = command.Connection!.CreateCommand();
        set.Transaction = command.Transaction;
        set.CommandText = $"SELECT set_config('{SettingName}', @tenant, false)";
        var parameter = set.CreateParameter();
        parameter.ParameterName = "tenant";
        parameter.Value = value;
        set.Parameters.Add(parameter);
        return set;
    }
}
