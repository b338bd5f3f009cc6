namespace MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
