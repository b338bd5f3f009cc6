using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.Plans;

/// <summary>One RACI entry of a task: a user or a position in one role.</summary>
public sealed class EventTaskAssignment : Entity<Guid>, IMultiTenant
{
    private EventTaskAssignment() { }

    internal EventTaskAssignment(Guid id, Guid eventTaskId, RaciAssignmentDraft draft) : base(id)
    {
        EventTaskId = eventTaskId;
        Role = draft.Role;
        Kind = draft.Kind;
        PartyId = draft.PartyId;
    }

    public Guid TenantId { get; private set; }

    public Guid EventTaskId { get; private set; }

    public RaciRole Role { get; private set; }

    public RaciPartyKind Kind { get; private set; }

    /// <summary>A user id or a position id, as <see cref="Kind"/> says.</summary>
    public Guid PartyId { get; private set; }
}
