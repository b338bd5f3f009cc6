namespace MarketingSaaS.TextTemplates;

public interface ITextTemplateOverrideRepository
{
    Task<TextTemplateOverride?> FindAsync(string name, string culture, CancellationToken cancellationToken = default);

    Task<List<TextTemplateOverride>> GetListAsync(string? name = null, CancellationToken cancellationToken = default);

    Task InsertAsync(TextTemplateOverride templateOverride, CancellationToken cancellationToken = default);

    Task DeleteAsync(TextTemplateOverride templateOverride, CancellationToken cancellationToken = default);
}
