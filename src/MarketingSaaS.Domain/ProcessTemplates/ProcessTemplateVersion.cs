using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.ProcessTemplates;

/// <summary>A numbered version of a template: editable while Draft, frozen once Published.</summary>
public sealed class ProcessTemplateVersion : Entity<Guid>, IMultiTenant
{
    private readonly List<ProcessStepDefinition> _steps = [];

    private ProcessTemplateVersion() { }

    internal ProcessTemplateVersion(Guid id, Guid templateId, int number) : base(id)
    {
        TemplateId = templateId;
        Number = number;
    }

    public Guid TenantId { get; private set; }

    public Guid TemplateId { get; private set; }

    public int Number { get; private set; }

    public ProcessTemplateVersionState State { get; private set; }

    public DateTimeOffset? PublishedTime { get; private set; }

    public IReadOnlyList<ProcessStepDefinition> Steps => _steps;

    public bool IsDraft => State == ProcessTemplateVersionState.Draft;

    internal void ReplaceSteps(IEnumerable<ProcessStepDraft> drafts)
    {
        _steps.Clear();
        foreach (var draft in drafts)
        {
            _steps.Add(new ProcessStepDefinition(SequentialGuid.Create(), Id, _steps.Count + 1, draft));
        }
    }

    internal void Publish(DateTimeOffset now)
    {
        State = ProcessTemplateVersionState.Published;
        PublishedTime = now;
    }
}
