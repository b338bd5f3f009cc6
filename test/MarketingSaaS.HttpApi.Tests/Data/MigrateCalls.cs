using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MarketingSaaS.HttpApi.Tests.Data;

/// <summary>
/// Counts EF Core's own "migrating using connection" events (the first thing <c>Migrate</c> does) for one database,
/// from EF's diagnostic listener: other tests in the process migrate other databases meanwhile.
/// </summary>
public sealed class MigrateCalls : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _dataSource;
    private readonly string _database;
    private readonly IDisposable _subscription;
    private readonly List<IDisposable> _listeners = [];
    private int _count;

    public MigrateCalls(System.Data.Common.DbConnection connection)
    {
        (_dataSource, _database) = (connection.DataSource, connection.Database);
        _subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => Volatile.Read(ref _count);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_listeners)
            {
                _listeners.Add(listener.Subscribe(this, name => name == RelationalEventId.MigrateUsingConnection.Name));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is MigratorConnectionEventData data && data.Connection.DataSource == _dataSource && data.Connection.Database == _database)
        {
            Interlocked.Increment(ref _count);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _subscription.Dispose();
        lock (_listeners)
        {
            _listeners.ForEach(l => l.Dispose());
        }
    }
}
