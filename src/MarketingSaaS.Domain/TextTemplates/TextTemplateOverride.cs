using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.TextTemplates;

/// <summary>A company's own text of a template in one culture; deleting it resets the template to the default.</summary>
public sealed class TextTemplateOverride : AggregateRoot<Guid>, IMultiTenant
{
    private TextTemplateOverride() { }

    public TextTemplateOverride(Guid id, string name, string culture, string content, DateTimeOffset now) : base(id)
    {
        Name = name;
        Culture = culture;
        Change(content, now);
    }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    public string Culture { get; private set; } = "";

    public string Content { get; private set; } = "";

    public DateTimeOffset LastChangeTime { get; private set; }

    public void Change(string content, DateTimeOffset now)
    {
        Content = content;
        LastChangeTime = now;
    }
}
