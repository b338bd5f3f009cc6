using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Positions;

/// <summary>A job position (岗位): duties, the units it belongs to, its collaborators and holders. May be vacant.</summary>
public sealed class Position : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<PositionUnit> _units = [];
    private readonly List<PositionHolder> _holders = [];
    private readonly List<PositionCollaborator> _collaborators = [];

    private Position() { }

    internal Position(Guid id, string name, string? duties)
        : base(id)
    {
        Name = name;
        Duties = duties;
    }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    public string? Duties { get; private set; }

    public IReadOnlyList<PositionUnit> Units => _units;

    public IReadOnlyList<PositionHolder> Holders => _holders;

    public IReadOnlyList<PositionCollaborator> Collaborators => _collaborators;

    public bool IsVacant => _holders.Count == 0;

    internal void Rename(string name) => Name = name;

    public void SetDuties(string? duties) => Duties = string.IsNullOrWhiteSpace(duties) ? null : duties.Trim();

    internal void SetUnits(IEnumerable<Guid> unitIds) => Replace(_units, unitIds, u => u.OrganizationUnitId, id => new PositionUnit(Id, id));

    internal void SetHolders(IEnumerable<Guid> userIds) => Replace(_holders, userIds, h => h.UserId, id => new PositionHolder(Id, id));

    internal void SetCollaborators(IEnumerable<Guid> positionIds) =>
        Replace(_collaborators, positionIds.Where(id => id != Id), c => c.CollaboratorPositionId, id => new PositionCollaborator(Id, id));

    /// <summary>For importers whose collaborators were created in the same unit of work.</summary>
    internal void SetCollaboratorsUnchecked(IEnumerable<Guid> positionIds) => SetCollaborators(positionIds);

    private static void Replace<T>(List<T> list, IEnumerable<Guid> wanted, Func<T, Guid> keyOf, Func<Guid, T> create)
    {
        var set = wanted.ToHashSet();
        list.RemoveAll(item => !set.Contains(keyOf(item)));
        foreach (var id in set.Except(list.Select(keyOf)))
        {
            list.Add(create(id));
        }
    }
}
