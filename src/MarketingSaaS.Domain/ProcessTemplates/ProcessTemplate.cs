using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.ProcessTemplates;

/// <summary>
/// A process template (流程模板) with its version history. Only the single draft version can be edited;
/// publishing freezes it, and the next edit starts a new draft copied from the latest version.
/// </summary>
public sealed class ProcessTemplate : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<ProcessTemplateVersion> _versions = [];

    private ProcessTemplate() { }

    internal ProcessTemplate(Guid id, string code, string name) : base(id)
    {
        Code = code;
        Name = name;
        _versions.Add(new ProcessTemplateVersion(SequentialGuid.Create(), Id, 1));
    }

    public Guid TenantId { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public Guid? OrganizationUnitId { get; private set; }

    public string? Category { get; private set; }

    /// <summary>Counts every change, so that child-only edits still renew the concurrency stamp.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<ProcessTemplateVersion> Versions => _versions;

    public ProcessTemplateVersion? Draft => _versions.FirstOrDefault(v => v.IsDraft);

    public ProcessTemplateVersion LatestVersion => _versions.MaxBy(v => v.Number)!;

    public ProcessTemplateVersion? LatestPublishedVersion =>
        _versions.Where(v => !v.IsDraft).MaxBy(v => v.Number);

    internal void SetDetails(string name, Guid? organizationUnitId, string? category)
    {
        Name = name.Trim();
        OrganizationUnitId = organizationUnitId;
        Category = string.IsNullOrWhiteSpace(category) ? null : category.Trim();
        Revision++;
    }

    /// <summary>The draft to edit: the existing one, or a new copy of the latest version.</summary>
    internal ProcessTemplateVersion GetOrCreateDraft()
    {
        if (Draft is { } draft)
        {
            return draft;
        }

        var latest = LatestVersion;
        var copy = new ProcessTemplateVersion(SequentialGuid.Create(), Id, latest.Number + 1);
        copy.ReplaceSteps(latest.Steps.OrderBy(s => s.Order).Select(s => s.ToDraft()));
        _versions.Add(copy);
        Revision++;
        return copy;
    }

    public ProcessTemplateVersion CreateDraft()
    {
        if (Draft is not null)
        {
            throw new BusinessException(ProcessErrorCodes.DraftAlreadyExists, new Dictionary<string, object?> { ["code"] = Code });
        }

        return GetOrCreateDraft();
    }

    internal void SetDraftSteps(IEnumerable<ProcessStepDraft> steps)
    {
        GetOrCreateDraft().ReplaceSteps(steps);
        Revision++;
    }

    public ProcessTemplateVersion Publish(DateTimeOffset now)
    {
        var draft = Draft ?? throw new BusinessException(ProcessErrorCodes.NoDraftToPublish, new Dictionary<string, object?> { ["code"] = Code });
        if (draft.Steps.Count == 0)
        {
            throw new BusinessException(ProcessErrorCodes.TemplateHasNoSteps, new Dictionary<string, object?> { ["code"] = Code });
        }

        draft.Publish(now);
        Revision++;
        return draft;
    }
}
