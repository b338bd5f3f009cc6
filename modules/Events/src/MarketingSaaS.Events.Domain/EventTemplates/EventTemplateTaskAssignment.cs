using MarketingSaaS.Events.Plans;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.EventTemplates;

/// <summary>A RACI entry of a template task: a user or a position of the company in one role.</summary>
public sealed class EventTemplateTaskAssignment : Entity<Guid>, IMultiTenant
{
    private EventTemplateTaskAssignment() { }

    internal EventTemplateTaskAssignment(Guid id, Guid eventTemplateTaskId, RaciAssignmentDraft draft) : base(id)
    {
        EventTemplateTaskId = eventTemplateTaskId;
        Role = draft.Role;
        Kind = draft.Kind;
        PartyId = draft.PartyId;
    }

    public Guid TenantId { get; private set; }

    public Guid EventTemplateTaskId { get; private set; }

    public RaciRole Role { get; private set; }

    public RaciPartyKind Kind { get; private set; }

    /// <summary>A user id or a position id, as <see cref="Kind"/> says; it may no longer exist when the template is used.</summary>
    public Guid PartyId { get; private set; }

    public RaciAssignmentDraft ToDraft() => new(Role, Kind, PartyId);
}
