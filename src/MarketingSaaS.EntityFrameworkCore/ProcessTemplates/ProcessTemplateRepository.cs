using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using MarketingSaaS.ProcessTemplates;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.ProcessTemplates;

internal sealed class ProcessTemplateRepository(IDbContextProvider<PlatformDbContext> contextProvider)
    : EfRepository<PlatformDbContext, ProcessTemplate, Guid>(contextProvider), IProcessTemplateRepository
{
    public async Task<ProcessTemplate?> FindWithVersionsAsync(Guid id, CancellationToken cancellationToken = default) =>
        await WithVersions(await GetQueryableAsync(cancellationToken)).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    public async Task<List<ProcessTemplate>> GetListWithVersionsAsync(string? filter = null, CancellationToken cancellationToken = default)
    {
        var query = WithVersions(await GetQueryableAsync(cancellationToken));
        if (!string.IsNullOrWhiteSpace(filter))
        {
            query = query.Where(t => t.Code.Contains(filter) || t.Name.Contains(filter));
        }

        return await query.OrderBy(t => t.Code).ToListAsync(cancellationToken);
    }

    public async Task<bool> CodeExistsAsync(string code, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).AnyAsync(t => t.Code == code, cancellationToken);

    public async Task<List<string>> GetCodesAsync(CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).Select(t => t.Code).ToListAsync(cancellationToken);

    private static IQueryable<ProcessTemplate> WithVersions(IQueryable<ProcessTemplate> query) =>
        query.Include(t => t.Versions).ThenInclude(v => v.Steps).AsSplitQuery();
}
