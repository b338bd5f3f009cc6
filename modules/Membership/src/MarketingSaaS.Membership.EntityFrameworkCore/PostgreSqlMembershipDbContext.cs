using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Membership.EntityFrameworkCore;

/// <summary>Carries the PostgreSQL migrations; everything else is in <see cref="MembershipDbContext"/>.</summary>
public sealed class PostgreSqlMembershipDbContext(DbContextOptions options, MarketingDbContextDependencies dependencies)
    : MembershipDbContext(options, dependencies);
