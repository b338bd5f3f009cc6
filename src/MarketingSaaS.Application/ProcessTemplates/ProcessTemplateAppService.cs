using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Settings;

namespace MarketingSaaS.ProcessTemplates;

public sealed class ProcessTemplateAppService(
    IProcessTemplateRepository templates,
    ProcessTemplateManager manager,
    DefaultProcessTemplates defaults,
    ISettingProvider settings,
    IUnitOfWork unitOfWork) : IProcessTemplateAppService
{
    public async Task<IReadOnlyList<ProcessTemplateDto>> GetListAsync(GetProcessTemplateListInput input, CancellationToken cancellationToken = default) =>
        [.. (await templates.GetListWithVersionsAsync(input.Filter?.Trim(), cancellationToken)).Select(t => ProcessTemplateMapper.ToDto(t, withVersions: false))];

    public async Task<ProcessTemplateDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ProcessTemplateMapper.ToDto(await GetWithVersionsAsync(id, cancellationToken));

    public async Task<ProcessTemplateDto> CreateAsync(CreateProcessTemplateDto input, CancellationToken cancellationToken = default)
    {
        var template = await manager.CreateAsync(input.Code, input.Name, input.OrganizationUnitId, input.Category, ProcessTemplateMapper.ToDrafts(input.Steps), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ProcessTemplateMapper.ToDto(template);
    }

    public async Task<ProcessTemplateDto> UpdateDraftAsync(Guid id, UpdateProcessTemplateDraftDto input, CancellationToken cancellationToken = default)
    {
        var template = await GetWithVersionsAsync(id, cancellationToken);
        await manager.UpdateDraftAsync(template, input.Name, input.OrganizationUnitId, input.Category, ProcessTemplateMapper.ToDrafts(input.Steps), cancellationToken);
        await templates.UpdateAsync(template, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ProcessTemplateMapper.ToDto(template);
    }

    public async Task<ProcessTemplateDto> CreateDraftAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var template = await GetWithVersionsAsync(id, cancellationToken);
        template.CreateDraft();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ProcessTemplateMapper.ToDto(template);
    }

    public async Task<ProcessTemplateDto> PublishAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var template = await GetWithVersionsAsync(id, cancellationToken);
        manager.Publish(template);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ProcessTemplateMapper.ToDto(template);
    }

    public async Task<IReadOnlyList<ProcessTemplateDto>> ImportDefaultAsync(CancellationToken cancellationToken = default)
    {
        var culture = await settings.GetOrNullAsync(MarketingSaaSSettings.Culture, cancellationToken);
        var created = await defaults.ImportAsync(chinese: culture != "en", cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return [.. created.Select(t => ProcessTemplateMapper.ToDto(t))];
    }

    private async Task<ProcessTemplate> GetWithVersionsAsync(Guid id, CancellationToken cancellationToken) =>
        await templates.FindWithVersionsAsync(id, cancellationToken) ?? throw new EntityNotFoundException(typeof(ProcessTemplate), id);
}
