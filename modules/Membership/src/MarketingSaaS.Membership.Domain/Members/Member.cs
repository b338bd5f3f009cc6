using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Membership.Members;

/// <summary>A customer of the company (会员): a person or a company, with contacts, tags and an owner (a user).</summary>
public sealed class Member : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<MemberTag> _tags = [];

    private Member() { }

    internal Member(Guid id, MemberDraft draft, MemberPersonalData personalData) : base(id)
    {
        Change(draft);
        ChangePersonalData(personalData);
    }

    public Guid TenantId { get; private set; }

    public MemberKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Company members: industry, region and size (head count band).</summary>
    public string? Industry { get; private set; }

    public string? Region { get; private set; }

    public string? Size { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>The phone's digits (<see cref="MemberContacts.NormalizePhone"/>), for duplicates.</summary>
    public string? NormalizedPhone { get; private set; }

    public string? Email { get; private set; }

    /// <summary>The e-mail in upper case, for duplicates.</summary>
    public string? NormalizedEmail { get; private set; }

    public string? Address { get; private set; }

    public DateOnly? Birthday { get; private set; }

    /// <summary>The user of the company who looks after the member.</summary>
    public Guid? OwnerId { get; private set; }

    /// <summary>Where the member came from (UTM of the first touch, where known).</summary>
    public string? Source { get; private set; }

    public string? Notes { get; private set; }

    public IReadOnlyList<MemberTag> Tags => _tags;

    public MemberPersonalData PersonalData => new(Phone, Email, Address, Birthday);

    internal void Change(MemberDraft draft)
    {
        Kind = draft.Kind;
        Name = draft.Name;
        Industry = draft.Industry;
        Region = draft.Region;
        Size = draft.Size;
        OwnerId = draft.OwnerId;
        Source = draft.Source;
        Notes = draft.Notes;
        _tags.RemoveAll(t => !draft.Tags.Contains(t.Name));
        foreach (var tag in draft.Tags.Where(n => _tags.All(t => t.Name != n)))
        {
            _tags.Add(new MemberTag(SequentialGuid.Create(), Id, tag));
        }
    }

    internal void ChangePersonalData(MemberPersonalData data)
    {
        Phone = data.Phone;
        NormalizedPhone = MemberContacts.NormalizePhone(data.Phone);
        Email = data.Email;
        NormalizedEmail = MemberContacts.NormalizeEmail(data.Email);
        Address = data.Address;
        Birthday = data.Birthday;
    }
}
