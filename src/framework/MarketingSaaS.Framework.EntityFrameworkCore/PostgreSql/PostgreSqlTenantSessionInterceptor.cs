using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using MarketingSaaS.Framework.Data;
using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MarketingSaaS.Framework.EntityFrameworkCore.PostgreSql;

/// <summary>
/// Before each command, makes sure the connection's <c>app.tenant_id</c> names the current tenant
/// (or '*' while the tenant filter is explicitly disabled, '' on the host side). Row-level
/// security policies read it, so even a raw query without a WHERE clause stays in its tenant.
/// '*' admits every company only for the table owner's connection (the migrator); for the application
/// role it admits no row (<see cref="PostgreSqlRowLevelSecurity"/>).
/// A value set inside a transaction that is then rolled back is undone by PostgreSQL, so it counts
/// as applied only once that transaction commits.
/// </summary>
public sealed class PostgreSqlTenantSessionInterceptor(ICurrentTenant currentTenant, IDataFilter dataFilter)
    : DbCommandInterceptor, IDbConnectionInterceptor, IDbTransactionInterceptor
{
    public const string SettingName = "app.tenant_id";
    public const string AllTenants = "*";

    private readonly ConditionalWeakTable<DbConnection, AppliedValue> _applied = new();

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

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => MarkCommitted(transaction, eventData);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        MarkCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void RolledBackToSavepoint(DbTransaction transaction, TransactionEventData eventData) => ForgetConnectionOf(eventData);

    public Task RolledBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetConnectionOf(eventData);
        return Task.CompletedTask;
    }

    public string CurrentValue() =>
        !dataFilter.IsEnabled<IMultiTenant>() ? AllTenants : currentTenant.Id?.ToString() ?? "";

    private void Forget(DbConnection connection) => _applied.Remove(connection);

    private void ForgetConnectionOf(TransactionEventData eventData)
    {
        if (eventData.Context?.Database.GetDbConnection() is { } connection)
        {
            Forget(connection);
        }
    }

    private void MarkCommitted(DbTransaction transaction, TransactionEventData eventData)
    {
        if (eventData.Context?.Database.GetDbConnection() is { } connection
            && _applied.TryGetValue(connection, out var applied) && ReferenceEquals(applied.SetIn, transaction))
        {
            applied.SetIn = null;
        }
    }

    private void Apply(DbCommand command)
    {
        if (NeedsSet(command, out var value, out var applied))
        {
            using var set = CreateSetCommand(command, value);
            set.ExecuteNonQuery();
            applied.Set(value, command.Transaction);
        }
    }

    private async ValueTask ApplyAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (NeedsSet(command, out var value, out var applied))
        {
            await using var set = CreateSetCommand(command, value);
            await set.ExecuteNonQueryAsync(cancellationToken);
            applied.Set(value, command.Transaction);
        }
    }

    private bool NeedsSet(DbCommand command, out string value, out AppliedValue applied)
    {
        value = CurrentValue();
        applied = _applied.GetOrCreateValue(command.Connection!);

        // Set in a transaction that is no longer running and did not commit: PostgreSQL has undone it.
        var undone = applied.SetIn is not null && !ReferenceEquals(applied.SetIn, command.Transaction);
        return undone || applied.Value != value;
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

    private sealed class AppliedValue
    {
        public string? Value { get; private set; }

        /// <summary>The transaction the value was set in, until it commits; null once it is durable.</summary>
        public DbTransaction? SetIn { get; set; }

        public void Set(string value, DbTransaction? transaction)
        {
            Value = value;
            SetIn = transaction;
        }
    }
}
