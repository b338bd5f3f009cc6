using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Identity;

namespace MarketingSaaS.Membership.Members;

/// <summary>Creates and changes members: phone and e-mail are unique within the company, the owner is one of its users.</summary>
public sealed class MemberManager(IMemberRepository members, IUserLookup users)
{
    public async Task<Member> CreateAsync(MemberDraft draft, MemberPersonalData personalData, CancellationToken cancellationToken = default)
    {
        await CheckOwnerAsync(draft.OwnerId, cancellationToken);
        await CheckContactsFreeAsync(personalData, null, cancellationToken);
        return new Member(SequentialGuid.Create(), draft, personalData);
    }

    public async Task ChangeAsync(Member member, MemberDraft draft, CancellationToken cancellationToken = default)
    {
        if (draft.OwnerId != member.OwnerId)
        {
            await CheckOwnerAsync(draft.OwnerId, cancellationToken);
        }

        member.Change(draft);
    }

    public async Task ChangePersonalDataAsync(Member member, MemberPersonalData personalData, CancellationToken cancellationToken = default)
    {
        await CheckContactsFreeAsync(personalData, member.Id, cancellationToken);
        member.ChangePersonalData(personalData);
    }

    private async Task CheckOwnerAsync(Guid? ownerId, CancellationToken cancellationToken)
    {
        if (ownerId is { } id && !(await users.FindExistingAsync([id], cancellationToken)).Contains(id))
        {
            throw new BusinessException(MembershipErrorCodes.OwnerNotFound);
        }
    }

    private async Task CheckContactsFreeAsync(MemberPersonalData data, Guid? except, CancellationToken cancellationToken)
    {
        var phone = MemberContacts.NormalizePhone(data.Phone);
        var email = MemberContacts.NormalizeEmail(data.Email);
        if (phone is null && email is null)
        {
            return;
        }

        var existing = await members.FindByContactAsync(phone, email, except, cancellationToken);
        if (existing is not null)
        {
            var code = phone is not null && existing.NormalizedPhone == phone ? MembershipErrorCodes.DuplicatePhone : MembershipErrorCodes.DuplicateEmail;
            throw new BusinessException(code, new Dictionary<string, object?> { ["name"] = existing.Name });
        }
    }
}
