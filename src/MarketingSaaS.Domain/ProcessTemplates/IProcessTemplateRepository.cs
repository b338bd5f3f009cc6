using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.ProcessTemplates;

public interface IProcessTemplateRepository : IRepository<ProcessTemplate, Guid>
{
    /// <summary>The template with every version and step.</summary>
    Task<ProcessTemplate?> FindWithVersionsAsync(Guid id, CancellationToken cancellationToken = default);

    Task<List<ProcessTemplate>> GetListWithVersionsAsync(string? filter = null, CancellationToken cancellationToken = default);

    Task<bool> CodeExistsAsync(string code, CancellationToken cancellationToken = default);

    Task<List<string>> GetCodesAsync(CancellationToken cancellationToken = default);
}
