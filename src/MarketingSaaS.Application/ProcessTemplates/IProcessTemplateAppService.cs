namespace MarketingSaaS.ProcessTemplates;

public interface IProcessTemplateAppService
{
    Task<IReadOnlyList<ProcessTemplateDto>> GetListAsync(GetProcessTemplateListInput input, CancellationToken cancellationToken = default);

    Task<ProcessTemplateDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ProcessTemplateDto> CreateAsync(CreateProcessTemplateDto input, CancellationToken cancellationToken = default);

    /// <summary>Edits the draft; when the template has none, a draft copied from the latest version is created first.</summary>
    Task<ProcessTemplateDto> UpdateDraftAsync(Guid id, UpdateProcessTemplateDraftDto input, CancellationToken cancellationToken = default);

    Task<ProcessTemplateDto> CreateDraftAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ProcessTemplateDto> PublishAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The default library; codes the company already has are skipped. Returns the templates created.</summary>
    Task<IReadOnlyList<ProcessTemplateDto>> ImportDefaultAsync(CancellationToken cancellationToken = default);
}
