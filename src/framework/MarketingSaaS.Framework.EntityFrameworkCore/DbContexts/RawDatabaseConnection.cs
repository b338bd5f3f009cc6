using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

/// <summary>A plain ADO.NET connection for start-up and health queries that must not build an EF model (a DbContext builds it on first use).</summary>
public static class RawDatabaseConnection
{
    public static async Task<DbConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        DbConnection connection = DatabaseProviderDetector.Detect(connectionString) == DatabaseProvider.Sqlite
            ? new SqliteConnection(connectionString)
            : new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public static bool IsSqlite(this DbConnection connection) => connection is SqliteConnection;

    public static DbCommand Command(this DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
