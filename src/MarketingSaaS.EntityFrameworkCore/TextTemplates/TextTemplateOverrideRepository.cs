using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.TextTemplates;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.TextTemplates;

internal sealed class TextTemplateOverrideRepository(IDbContextProvider<PlatformDbContext> contextProvider) : ITextTemplateOverrideRepository
{
    public async Task<TextTemplateOverride?> FindAsync(string name, string culture, CancellationToken cancellationToken = default) =>
        await (await contextProvider.GetDbContextAsync(cancellationToken)).Set<TextTemplateOverride>()
            .FirstOrDefaultAsync(t => t.Name == name && t.Culture == culture, cancellationToken);

    public async Task<List<TextTemplateOverride>> GetListAsync(string? name = null, CancellationToken cancellationToken = default) =>
        await (await contextProvider.GetDbContextAsync(cancellationToken)).Set<TextTemplateOverride>()
            .Where(t => name == null || t.Name == name)
            .OrderBy(t => t.Name).ThenBy(t => t.Culture)
            .ToListAsync(cancellationToken);

    public async Task InsertAsync(TextTemplateOverride templateOverride, CancellationToken cancellationToken = default) =>
        (await contextProvider.GetDbContextAsync(cancellationToken)).Add(templateOverride);

    public async Task DeleteAsync(TextTemplateOverride templateOverride, CancellationToken cancellationToken = default) =>
        (await contextProvider.GetDbContextAsync(cancellationToken)).Remove(templateOverride);
}
