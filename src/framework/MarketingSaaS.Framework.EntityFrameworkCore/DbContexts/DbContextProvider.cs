using MarketingSaaS.Framework.EntityFrameworkCore.Uow;
using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

public sealed class DbContextProvider<TContext>(
    IConnectionStringResolver connectionStrings,
    DbContextOptionsFactory optionsFactory,
    MarketingDbContextRegistration<TContext> registration,
    MarketingDbContextDependencies dependencies,
    UnitOfWork unitOfWork) : IDbContextProvider<TContext>, IDisposable
    where TContext : MarketingDbContext
{
    private readonly Dictionary<string, TContext> _contexts = new(StringComparer.Ordinal);

    public async Task<TContext> GetDbContextAsync(CancellationToken cancellationToken = default)
    {
        var connectionString = await connectionStrings.ResolveAsync(cancellationToken);
        if (_contexts.TryGetValue(connectionString, out var context))
        {
            return context;
        }

        var provider = DatabaseProviderDetector.Detect(connectionString);
        var options = optionsFactory.GetOptions(typeof(TContext), connectionString, provider, registration.MigrationsHistoryTable, registration.MigrationsHistorySchema);
        context = registration.Create(options, dependencies, provider);
        _contexts[connectionString] = context;
        await unitOfWork.EnlistAsync(context, connectionString, cancellationToken);
        if (provider == DatabaseProvider.PostgreSql)
        {
            // One connection for the scope: the tenant session setting for row-level security is then sent
            // once per request instead of before every query (see etc/bench/RESULTS.md).
            await context.Database.OpenConnectionAsync(cancellationToken);
        }

        return context;
    }

    public void Dispose()
    {
        foreach (var context in _contexts.Values)
        {
            context.Dispose();
        }
    }
}
